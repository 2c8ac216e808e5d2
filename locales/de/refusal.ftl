# The wording of src/wording/refusal.rs.
