# The wording of src/wording/two_roles.rs.
