# The wording of src/wording/debrief_screen.rs.
