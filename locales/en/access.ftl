# The wording of src/wording/access.rs.
