# The wording of src/wording/remote.rs.
