# The wording of src/wording/what_if.rs.
