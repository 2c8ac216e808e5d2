# The wording of src/wording/browser.rs.
