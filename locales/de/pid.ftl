# The wording of src/wording/pid.rs.
