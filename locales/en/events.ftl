# The wording of src/wording/events.rs.
