# The wording of src/wording/table.rs.
