# The wording of src/wording/delivery.rs.
