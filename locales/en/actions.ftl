# The wording of src/wording/actions.rs.
# Ids in straight quotes ("fc_ask") are the scenario's ids, as a script or a device names them.

actions-plan-gap = { $days ->
    [one] allowing 1 day before meeting "{ $key }"
   *[other] allowing { $days } days before meeting "{ $key }"
}
actions-plan-booking = booking { $roles } for meeting "{ $key }"
actions-plan-cancel = cancelling { $roles } for meeting "{ $key }"
actions-confirm-plan = confirming the campaign plan
actions-go-alone = going alone
actions-invite = inviting { $roles }
actions-answer = answer "{ $key }"
actions-answer-number = answer #{ $number }
actions-include-promise = including promise "{ $key }"
actions-include-fact = including fact "{ $key }"
actions-leave-out-promise = leaving out promise "{ $key }"
actions-leave-out-fact = leaving out fact "{ $key }"
actions-submit-pid = handing over
actions-walk-away = walking away from the deal
actions-overtime-on = overtime on
actions-overtime-off = overtime off
actions-quality-share = quality share { $share } %
actions-hire = hiring "{ $key }"
actions-descope = asking to drop "{ $key }"
actions-more-time = { $weeks ->
    [one] asking for 1 more week
   *[other] asking for { $weeks } more weeks
}
actions-client-update = a client update
actions-invite-account-manager = inviting the account manager
actions-end-week = ending the week
actions-flag = flagging answer "{ $key }" ({ $concern })
actions-query-promise = asking about promise "{ $key }"
actions-query-fact = asking about fact "{ $key }"
actions-rebaseline = asking to re-baseline promise "{ $key }"
actions-accept-pid = accepting the document
actions-retro = answering the retrospective

actions-unknown-answer = answer #{ $number }
actions-unknown-person = person #{ $number }
actions-unknown-scope = scope item #{ $number }

actions-no-promise-or-fact = there is no promise or fact with id "{ $id }"
actions-no-promise = there is no promise with id "{ $id }"
actions-no-answer = there is no answer with id "{ $id }"
actions-no-scope = there is no scope item with id "{ $id }"
actions-no-person = there is no person with id "{ $id }"
actions-no-claim = there is no claim with id "{ $id }"
actions-no-meeting = there is no meeting with id "{ $id }"

## What kind of thing an id names (a script's problems)
actions-kind-promise-or-fact = promise or fact
actions-kind-promise = promise
actions-kind-answer = answer
actions-kind-scope = scope item
actions-kind-person = person
actions-kind-claim = claim
actions-kind-meeting = meeting
