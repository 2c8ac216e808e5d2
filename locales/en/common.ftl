# The shared words of src/wording/mod.rs: promises, verdicts, roles, differences.

verdict-kept = kept
verdict-renegotiated = renegotiated with the client
verdict-moot = never delivered (no deal)
verdict-broken = broken: { $because }
broken-not-delivered = not delivered
broken-late = { $weeks ->
    [one] 1 week late
   *[other] { $weeks } weeks late
}
broken-discount-missed = the discount never reached the invoice
broken-claim-failed = the claim did not hold

delta-same-length = same length
delta-shorter = { $weeks ->
    [one] 1 week shorter
   *[other] { $weeks } weeks shorter
}
delta-longer = { $weeks ->
    [one] 1 week longer
   *[other] { $weeks } weeks longer
}
delta = { $weeks }, margin { $margin }, satisfaction { $satisfaction }, morale { $morale }
without-deadline = Without this promise (the standard length or the next deadline promised): { $delta }.
without-discount = Without this promise (priced without it): { $delta }.
without-other = Without this promise: { $delta }.

role-seller = seller
role-project-manager = project manager
role-senior-designer = senior designer

promise-quoted = "{ $text }"
promise-to = { $promise } (to { $name }, { $role })
promise-deadline = delivery in { $weeks } weeks
promise-discount = a { $percent } discount

plan-bookings = commission on bookings
plan-margin = commission on delivered margin
plan-split = a split ({ $bookings } on bookings, { $margin } on margin)
