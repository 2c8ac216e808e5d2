# The wording of src/wording/menus.rs.
