# The wording of src/wording/cues.rs.
