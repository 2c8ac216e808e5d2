# The wording of src/wording/console.rs.
