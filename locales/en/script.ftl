# The wording of src/wording/script.rs.
