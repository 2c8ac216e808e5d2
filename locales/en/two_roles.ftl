# The wording of src/wording/two_roles.rs.

two-roles-seat-seller = the seller
two-roles-seat-delivery-lead = the delivery lead
two-roles-place-rebaselined = re-baselined with the client
two-roles-place-in-pid = in the document
two-roles-place-covered = covered by the document under another promise
two-roles-place-heard = left out of the document (delivery heard it in the meeting)
two-roles-place-gap = GAP: left out of the document, and delivery was not in the room
two-roles-handoff = { $promise } (made by the seller in { $meeting }): { $place }
two-roles-handoff-surfaced = { $promise } (made by the seller in { $meeting }): { $place }; it surfaced in delivery as a surprise
two-roles-flag-estimate = "{ $item } is { $team } days, not { $said }"
two-roles-flag-claim = we cannot promise "{ $claim }" as said
two-roles-flag-deadline = "we need { $team } weeks, not { $said }"
two-roles-said-anyway = the seller said it anyway
two-roles-answered-otherwise = the seller answered otherwise
two-roles-no-answer = the meeting ended before an answer
two-roles-flag = In { $meeting }, { $by } flagged the answer "{ $answer }": { $what }; { $after }.
two-roles-need = the need "{ $need }"
two-roles-queried = The delivery lead queried { $item }: priced on { $priced } days, the team's estimate is { $team }.
two-roles-repriced = { $item } was re-priced at the team's estimate
two-roles-taken-back = the promise was taken back
two-roles-rebaselined = The delivery lead asked for a re-baselining meeting about { $promise }: { $outcome }; it cost { $trust } trust with each stakeholder and { $share } % of the seller's commission.
two-roles-accepted = The delivery lead accepted the document.
two-roles-commission-cut = Re-baselining cost the seller { $share } % of the commission in all.

two-roles-default-seller = Seller
two-roles-default-delivery-lead = Delivery lead
