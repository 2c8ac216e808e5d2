# The wording of src/wording/support.rs.
