# The wording of src/wording/drill.rs.
