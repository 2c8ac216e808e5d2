# The wording of src/wording/what_if.rs.

what-if-title = What if…
what-if-ask = What if…
what-if-close = Hide what-if
what-if-sales-intro = What each answer would do, worked out by the game's rules on a copy of this meeting. Nothing is said until you choose.
what-if-delivery-intro = Where the project would end if you made this decision and then ended every week as things stand, against making none.
what-if-barred-assessed = No what-if in an assessed run: it records what you decide, unaided. Choose a practice run on the briefing to ask what each decision would do.

# Follow a commission's figure: "your commission 1,500 before the delivered margin is known".
what-if-note-before-margin = {" "}before the delivered margin is known
what-if-note-after-quarter = {" "}(it would close after the quarter ends: no bookings counted)
what-if-note-before-margin-after-quarter = {" "}before the delivered margin is known (it would close after the quarter ends: no bookings counted)

what-if-pace-matched = with you
what-if-pace-too-deep = too detailed
what-if-pace-too-shallow = too shallow
what-if-trust = trust { $change }
# A person in the room and how they take the answer ("with you, trust +3").
what-if-person = { $name }: { $reactions }
what-if-patience = Client patience { $change } ({ $left } left)
what-if-presales = Presales time { $change }
what-if-ledger = Into the ledger: { $promises }
what-if-warned = { $claims ->
    [one] The senior designer would warn about 1 claim
   *[other] The senior designer would warn about { $claims } claims
}
what-if-facts = { $facts ->
    [one] You would learn 1 new fact
   *[other] You would learn { $facts } new facts
}
what-if-signs = The client signs at { $price }: your commission { $commission }{ $note }
what-if-declines = The client decides not to sign (a { $chance } chance): no commission
what-if-walks-away = { $name } loses faith and the client walks away: no deal, no commission
what-if-runs-out = The client runs out of patience and walks away: no deal, no commission

# A figure an answer changes: "40 % → 55 %".
what-if-moved = { $before } → { $after }
what-if-deal = Deal: chance to sign { $chance } · price { $price } · your commission { $commission }{ $note }

what-if-projection = finishes in week { $finish } (agreed { $agreed }) · margin { $margin } · satisfaction { $satisfaction } · { $done } of { $items } items
what-if-projection-late = finishes in week { $finish } (agreed { $agreed }, { $late ->
    [one] 1 week
   *[other] { $late } weeks
} late) · margin { $margin } · satisfaction { $satisfaction } · { $done } of { $items } items
what-if-as-is = As things stand: { $projection }

what-if-no-change = No change to the finish, the margin or the client's satisfaction
what-if-finish-still = finish still week { $week }
what-if-finish = finish week { $week } ({ $change } { $weeks ->
    [one] week
   *[other] weeks
})
what-if-agreed-date = agreed date week { $week }
what-if-margin = margin { $margin } ({ $change })
what-if-satisfaction = satisfaction { $satisfaction } ({ $change })
what-if-items-delivered = { $done } of { $items } items delivered
