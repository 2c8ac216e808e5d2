# The wording of src/wording/briefing.rs.
