# The wording of src/wording/guide.rs.
