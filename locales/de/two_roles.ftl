# Die Texte von src/wording/two_roles.rs.

two-roles-seat-seller = die Vertriebsperson
two-roles-seat-delivery-lead = die Projektleitung
two-roles-place-rebaselined = mit dem Kunden neu geplant
two-roles-place-in-pid = im Dokument
two-roles-place-covered = im Dokument unter einem anderen Versprechen abgedeckt
two-roles-place-heard = nicht im Dokument (die Umsetzung hat es im Termin gehört)
two-roles-place-gap = LÜCKE: nicht im Dokument, und die Umsetzung war nicht im Raum
two-roles-handoff = { $promise } (vom Vertrieb gegeben in { $meeting }): { $place }
two-roles-handoff-surfaced = { $promise } (vom Vertrieb gegeben in { $meeting }): { $place }; es tauchte in der Umsetzung als Überraschung auf
two-roles-flag-estimate = „{ $item } sind { $team } Tage, nicht { $said }“
two-roles-flag-claim = „{ $claim }“ können wir so nicht versprechen
two-roles-flag-deadline = „wir brauchen { $team } Wochen, nicht { $said }“
two-roles-said-anyway = der Vertrieb sagte es trotzdem
two-roles-answered-otherwise = der Vertrieb antwortete anders
two-roles-no-answer = der Termin endete vor einer Antwort
two-roles-flag = In { $meeting } beanstandete { $by } die Antwort „{ $answer }“: { $what }; { $after }.
two-roles-need = den Bedarf „{ $need }“
two-roles-queried = Die Projektleitung hinterfragte { $item }: kalkuliert mit { $priced } Tagen, die Schätzung des Teams liegt bei { $team }.
two-roles-repriced = { $item } wurde zur Schätzung des Teams neu kalkuliert
two-roles-taken-back = das Versprechen wurde zurückgenommen
two-roles-rebaselined = Die Projektleitung verlangte einen Termin zur Neuplanung für { $promise }: { $outcome }; das kostete { $trust } Vertrauen bei jedem Stakeholder und { $share } % der Provision des Vertriebs.
two-roles-accepted = Die Projektleitung nahm das Dokument an.
two-roles-commission-cut = Die Neuplanung kostete den Vertrieb insgesamt { $share } % der Provision.

two-roles-default-seller = Vertrieb
two-roles-default-delivery-lead = Projektleitung
