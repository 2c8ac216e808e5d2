# The wording of src/wording/briefing.rs.

briefing-subtitle = Briefing · { $difficulty } · about { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
briefing-coach-numbers = trust { $trust } · readiness { $readiness } · weight { $weight } %
briefing-you-go-alone = you go alone
briefing-you-may-bring = you may bring the { $roles }
briefing-role-or = { $roles } or the { $role }
briefing-meeting-note = — { $who }
briefing-team-member = { $name }, { $role }

briefing-start = Start the first meeting
briefing-choose-another = Choose another
briefing-the-client = The client
briefing-the-people = The people you will meet
briefing-cares-about = Cares about
briefing-judged = How you will be judged
briefing-judged-note = What the debrief looks for. The checks themselves are shown after the game.
briefing-judged-hidden = At Expert support the rubric is shown only in the debrief.
briefing-meetings-ahead = The meetings ahead
briefing-your-team = Your delivery team
briefing-your-support = Your level of support
briefing-who-plays = Who plays
briefing-solo = Solo: one player, both roles
briefing-two-roles = Two roles on this screen
briefing-solo-note = You sell, write the PID and run delivery yourself: the way to learn the game.
briefing-two-roles-note = A seller and a delivery lead take turns at this screen; a curtain tells who looks away.
briefing-names-keys = Tab moves from button to button and into the names; Enter leaves a name.
briefing-name-seller = Seller
briefing-name-delivery-lead = Delivery lead
