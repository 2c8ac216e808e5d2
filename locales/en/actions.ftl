# The wording of src/wording/actions.rs.
