# The wording of src/wording/workshop.rs.
