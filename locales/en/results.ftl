# The wording of src/wording/results.rs.
