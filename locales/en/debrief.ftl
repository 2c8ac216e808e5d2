# The wording of src/wording/debrief.rs.
