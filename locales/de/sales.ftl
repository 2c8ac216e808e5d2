# The wording of src/wording/sales.rs.
