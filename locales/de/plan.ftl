# The wording of src/wording/plan.rs.
