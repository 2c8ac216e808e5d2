# The wording of src/wording/scorecards.rs.
