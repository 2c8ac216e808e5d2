# The wording of src/wording/results.rs.

results-field-account = Account id
results-field-endpoint = Record store
results-field-user = User
results-field-password = Password
results-field-home-page = Learning system's address

results-account-spaces = The account id cannot have spaces: use letters, digits and dashes, or leave it empty for a fresh pseudonym.
results-account-too-long = The account id is { $length } characters long; keep it to { $max }.
results-account-is-email = This looks like an email address: every result sent will name you. Keep it only if your company asks for it.
results-endpoint-scheme = The record store's address must start with https:// (or http:// on a local network), e.g. https://lrs.example.com/xapi/.
results-endpoint-no-host = The record store's address names no server: write it after https://.
results-endpoint-spaces = The record store's address cannot have spaces.
results-endpoint-credentials = Write the user and password in their own fields, not in the record store's address.
results-endpoint-statements = Leave /statements off the record store's address: it is added when sending (e.g. https://lrs.example.com/xapi/).
results-endpoint-root = This address names only the server: a record store's xAPI endpoint usually has a path, such as /xapi/ or /data/xAPI/ (its settings page shows it).
results-home-page = The learning system's address must start with https:// or http://, e.g. https://lms.example.com/.
results-half-credentials-user = Give the user as well, or leave both user and password empty.
results-half-credentials-password = Give the password as well, or leave both user and password empty.
results-half-credentials-account = Give the account id as well, or leave both user and password empty.
results-half-credentials-endpoint = Give the record store as well, or leave both user and password empty.
results-half-credentials-home-page = Give the learning system's address as well, or leave both user and password empty.
results-credentials-unused = A user and password are kept but not used until a record store is given.
results-plain-http-password = Over http:// the password travels unencrypted: use https:// unless the store is on your own network.

results-not-saved = { $blocking ->
    [one] Not saved: one answer needs fixing (see above).
   *[other] Not saved: { $blocking } answers need fixing (see above).
}

results-csv-written = wrote { $rows ->
    [one] 1 result
   *[other] { $rows } results
} to { $file }
