package dates

import (
	"testing"
	"time"
)

// electionTuesday is a Tuesday reference: 4 November 2025.
var electionTuesday = time.Date(2025, 11, 4, 0, 0, 0, 0, time.UTC)

func TestParseFutureWeekdays(t *testing.T) {
	runParseCases(t, electionTuesday, []parseCase{
		{"scheduled to", "Kim is scheduled to visit the plant on Wednesday.", []string{"Wednesday|2025-11-05|2025-11-06|day|rel|wd=Wed"}},
		{"will", "The board will meet with unions on Thursday.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"a timetable's go through", "The top four go through to the semi-finals, with the final on Monday.", []string{"Monday|2025-11-10|2025-11-11|day|rel|wd=Mon"}},
		{"contracted will", "She'll sign the deal on Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"will far back in one clause", "The delegation will hold meetings with provincial authorities in Bac Ninh on Wednesday before moving on to Ho Chi Minh City on Thursday.",
			[]string{"Wednesday|2025-11-05|2025-11-06|day|rel|wd=Wed", "Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"the second of two weekdays follows the first", "The auction is due on Monday and Tuesday next.", []string{"Monday|2025-11-10|2025-11-11|day|rel|wd=Mon", "Tuesday|2025-11-11|2025-11-12|day|rel|wd=Tue"}},
		{"two weekdays give their dates to the dates after them", "The next sale is due on Monday and Tuesday, November 10 and 11.", []string{"November 10 and 11|2025-11-10|2025-11-12|day"}},
		{"by", "Bids are due by Tuesday.", []string{"Tuesday|2025-11-04|2025-11-05|day|rel|deadline|wd=Tue"}},
		{"by a later day", "Bids must arrive by Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|deadline|wd=Fri"}},
		{"a weekday counted from an event stays open", "The leaders arrived in Koror on the Sunday before the meeting.", []string{"Sunday|-|-|day|rel|wd=Sun"}},
		{"a weekday after an event stays open", "Talks resumed on the Friday after the vote.", []string{"Friday|-|-|day|rel|wd=Fri"}},
		{"by after a past perfect looks back", "Divers had recovered 22 bodies by Monday evening.", []string{"Monday|2025-11-03|2025-11-04|day|rel|deadline|wd=Mon"}},
		{"an opening by takes the tense after its comma", "By Monday evening, twelve people were dead.", []string{"Monday|2025-11-03|2025-11-04|day|rel|deadline|wd=Mon"}},
		{"an opening by without a comma", "By Monday the ministry had counted 136 injured people.", []string{"Monday|2025-11-03|2025-11-04|day|rel|deadline|wd=Mon"}},
		{"an opening by before a future looks ahead", "By Friday, the bridge will reopen.", []string{"Friday|2025-11-07|2025-11-08|day|rel|deadline|wd=Fri"}},
		{"by after a past verb looks back", "Rescuers pulled out 14 survivors and recovered nine bodies by Sunday.", []string{"Sunday|2025-11-02|2025-11-03|day|rel|deadline|wd=Sun"}},
		{"by after must be looks ahead", "The repairs must be completed by Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|deadline|wd=Fri"}},
		{"by after was expected looks ahead", "The bridge was expected to reopen by Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|deadline|wd=Fri"}},
		{"is due to", "Talks are due to resume on Monday.", []string{"Monday|2025-11-10|2025-11-11|day|rel|wd=Mon"}},
		{"ahead of a day looks ahead", "The wing reopened on Monday, ahead of the day of mourning on Thursday.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon", "Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"advancing to a day's final looks ahead", "The relay team advanced to Friday's final with the fastest time.", []string{"Friday's|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"a participle with its partner and place looks back", "Farmers will gain a buyer under an agreement signed with Vietnam in Hanoi on Monday.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"set for", "The vote is set for Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"plan to", "Officials plan to announce the result on Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"upcoming", "The upcoming summit opens on Saturday.", []string{"Saturday|2025-11-08|2025-11-09|day|rel|wd=Sat"}},
		{"expected to", "The court is expected to rule on Thursday.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"would in reported speech", "The minister said on Monday that the cabinet would meet on Thursday.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon", "Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"since looks back whatever the clause", "It would be the first meeting since Friday's session.", []string{"Friday's|2025-10-31|2025-11-01|day|rel|since|wd=Fri"}},
		{"an apposition closes no clause", "Tanaka is due to meet Pham Minh Duc, chairman of the city committee, on Thursday.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"before with a gerund keeps the future", "Khai is due in Sydney to address a forum of the council, before travelling to Melbourne on Thursday.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"officials meet on a day ahead", "Officials meet in Tokyo on Thursday for a two-day forum.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"a timetable's travels", "The delegation travels on Thursday to Ho Chi Minh City.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"forecast to", "The storm is forecast to exit the area on Thursday night.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"was forecast stays past", "The storm was forecast to weaken but hit land on Thursday.", []string{"Thursday|2025-10-30|2025-10-31|day|rel|wd=Thu"}},
		{"this coming", "Voters go to the polls this coming Sunday.", []string{"this coming Sunday|2025-11-09|2025-11-10|day|rel|wd=Sun"}},
		{"this coming same day", "The fair opens this coming Tuesday.", []string{"this coming Tuesday|2025-11-11|2025-11-12|day|rel|wd=Tue"}},
		{"expects until", "The agency expects the heat to last until at least Thursday.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|fut|wd=Thu"}},
		{"continues until", "The swimming programme continues until Saturday.", []string{"Saturday|2025-11-08|2025-11-09|day|rel|fut|wd=Sat"}},
		{"ran until, past", "The festival ran until Saturday.", []string{"Saturday|2025-11-01|2025-11-02|day|rel|wd=Sat"}},
		{"forecasts", "The service forecasts rain on Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"possessive weekday", "Monday's preliminary count gave the party 51 seats.", []string{"Monday's|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"possessive weekday opens no numeric date", "Thursday's 4.2% rise was the largest.", []string{"Thursday's|2025-10-30|2025-10-31|day|rel|wd=Thu"}},
		{"a with-phrase goes on with its clause's future", "Rounds will take place on Saturday, with the finals on Sunday afternoon.", []string{"Saturday|2025-11-08|2025-11-09|day|rel|wd=Sat", "Sunday|2025-11-09|2025-11-10|day|rel|wd=Sun"}},
		{"a timetable's present", "The festival opens on Friday evening at the gate.", []string{"Friday|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"a race continues in the present of a timetable", "The race continues on Wednesday with a flat stage.", []string{"Wednesday|2025-11-05|2025-11-06|day|rel|wd=Wed"}},
		{"a plural timetable present, with the event it continues with", "The championships continue with the lead competition on Wednesday.", []string{"Wednesday|2025-11-05|2025-11-06|day|rel|wd=Wed"}},
		{"an end as a noun is no timetable", "The festival came to an end on Sunday with a gala concert.", []string{"Sunday|2025-11-02|2025-11-03|day|rel|wd=Sun"}},
		{"an event that follows in a timetable is ahead", "The mixed team event follows on Wednesday.", []string{"Wednesday|2025-11-05|2025-11-06|day|rel|wd=Wed"}},
		{"what follows an act of the past is no timetable", "The deliveries follow the release on Monday of new funds.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"a weekday joined by and to a date ahead follows it", "The time trial is on November 14, and a summit finish on Saturday.",
			[]string{"November 14|2025-11-14|2025-11-15|day", "Saturday|2025-11-15|2025-11-16|day|rel|wd=Sat"}},
		{"a weekday joined to a past date stays past", "The trial was held on November 3, and the verdict came on Saturday.",
			[]string{"November 3|2025-11-03|2025-11-04|day", "Saturday|2025-11-01|2025-11-02|day|rel|wd=Sat"}},
		{"a state kept until a day ahead", "Schools in the hills will stay closed until Monday.", []string{"Monday|2025-11-10|2025-11-11|day|rel|fut|wd=Mon"}},
		{"a timetable's present of a final", "The final starts on Sunday.", []string{"Sunday|2025-11-09|2025-11-10|day|rel|wd=Sun"}},
		{"a timetable's takes place", "The final Test takes place on Saturday at 2pm.", []string{"Saturday|2025-11-08|2025-11-09|day|rel|wd=Sat"}},
		{"a fixture's present before a with-phrase", "The four teams play a single round-robin, with the top two meeting in Sunday's final.", []string{"Sunday's|2025-11-09|2025-11-10|day|rel|wd=Sun"}},
		{"a journey's present past its destination", "The delegation flies to Buenos Aires on Sunday.", []string{"Sunday|2025-11-09|2025-11-10|day|rel|wd=Sun"}},
		{"a fixture's present past what is played for", "Senegal and Ghana play for third place in Thiès on Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"a fixture's present past its stake and the day", "Spain and Italy meet for the title on Sunday.", []string{"Sunday|2025-11-09|2025-11-10|day|rel|wd=Sun"}},
		{"a noun face before a span", "Water seeped through the working face for several days before Monday's flood.", []string{"Monday's|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"a past result past what was played for", "Senegal played for third place in Thiès on Friday.", []string{"Friday|2025-10-31|2025-11-01|day|rel|wd=Fri"}},
		{"a timetable's present past its venue", "The second Test begins at the Khettarama Stadium in Colombo on Friday.", []string{"Friday|2025-11-07|2025-11-08|day|rel|wd=Fri"}},
		{"a verb between the venue and the day", "The second Test begins at the stadium the board rebuilt on Friday.", []string{"Friday|2025-10-31|2025-11-01|day|rel|wd=Fri"}},
		{"a noun's apposition keeps the clause's future", "The firm will unveil its first electric model, a compact SUV called the Vela, at its plant on Thursday.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"set to after a copula", "The plant is set to open on Saturday.", []string{"Saturday|2025-11-08|2025-11-09|day|rel|wd=Sat"}},
		{"set to in an apposition", "The plant, set to open on Saturday, employs 300.", []string{"Saturday|2025-11-08|2025-11-09|day|rel|wd=Sat"}},
		// Look-alikes that stay in the past.
		{"a past opening", "The festival opened on Friday evening.", []string{"Friday|2025-10-31|2025-11-01|day|rel|wd=Fri"}},
		{"expected as adjective", "Rain came earlier than expected on Monday.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"plan as noun", "The plan was approved on Monday.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"plans as noun", "The plans were unveiled on Wednesday.", []string{"Wednesday|2025-10-29|2025-10-30|day|rel|wd=Wed"}},
		{"due to as cause", "Flights were cancelled due to fog on Monday.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"said before will", "The minister said on Monday that talks will resume.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"a future right after the date", "A business forum on Thursday is expected to draw 400 buyers.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"a past right after the date", "A business forum on Thursday drew 400 buyers.", []string{"Thursday|2025-10-30|2025-10-31|day|rel|wd=Thu"}},
		{"a timetable's present puts the day ahead", "The series reaches Lake Garda on Thursday for its finale.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"a past verb before the date outweighs a future after it", "The agreement the two sides signed on Thursday is expected to lift trade.", []string{"Thursday|2025-10-30|2025-10-31|day|rel|wd=Thu"}},
		{"a passive future before the date stays ahead", "The agreement to be signed on Thursday is expected to lift trade.", []string{"Thursday|2025-11-06|2025-11-07|day|rel|wd=Thu"}},
		{"a future that remembers", "Saturday's final will be remembered for a late winner.", []string{"Saturday's|2025-11-01|2025-11-02|day|rel|wd=Sat"}},
		{"set as a noun", "The pair needed a deciding set to beat Scotland in Saturday's semi-final.", []string{"Saturday's|2025-11-01|2025-11-02|day|rel|wd=Sat"}},
		{"a future that goes down", "Thursday's debate will go down as the worst in years.", []string{"Thursday's|2025-10-30|2025-10-31|day|rel|wd=Thu"}},
		{"a future after the date", "Saturday's final will be played in Rome.", []string{"Saturday's|2025-11-08|2025-11-09|day|rel|wd=Sat"}},
		{"said after will", "Talks will resume, the minister said on Monday.", []string{"Monday|2025-11-03|2025-11-04|day|rel|wd=Mon"}},
		{"was expected", "Kim was expected to attend but stayed home on Friday.", []string{"Friday|2025-10-31|2025-11-01|day|rel|wd=Fri"}},
		{"plain past", "Talks began on Wednesday.", []string{"Wednesday|2025-10-29|2025-10-30|day|rel|wd=Wed"}},
	})
}

func TestParseBackwardSpans(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"strongest in decades", "It was the strongest storm in two decades.", nil},
		{"first such in years", "It is the first such visit in 12 years.", nil},
		{"first time", "Exports rose for the first time in 12 years.", nil},
		{"negated perfect", "It hasn't rained in two years.", nil},
		{"not seen", "Such crowds have not been seen in a decade.", nil},
		{"possessive superlative", "It was the region's busiest harvest in a decade.", nil},
		// Look-alikes that do look ahead.
		{"plain future", "The plant will open in two years.", []string{"in two years|2027-01-01|2028-01-01|year|rel"}},
		{"first with will", "The first plant will open in two years.", []string{"in two years|2027-01-01|2028-01-01|year|rel"}},
		{"est word without determiner", "Interest payments fall due in two years.", []string{"in two years|2027-01-01|2028-01-01|year|rel"}},
		{"clause apart", "It was the first such visit, and another follows in two years.", []string{"in two years|2027-01-01|2028-01-01|year|rel"}},
	})
}

func TestParseSinceMonth(t *testing.T) {
	october := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	runParseCases(t, october, []parseCase{
		{"since january", "Prices have risen since January.", []string{"January|2025-01-01|2025-02-01|month|since"}},
		{"since december", "Rents have fallen since December.", []string{"December|2024-12-01|2025-01-01|month|since"}},
		{"since day", "The road has been shut since December 20.", []string{"December 20|2024-12-20|2024-12-21|day|since"}},
		{"since this month", "It has run since October.", []string{"October|2025-10-01|2025-11-01|month|since"}},
		// Look-alikes: a start ahead is fine after "from", and years stay.
		{"from ahead", "Fees rise from December.", []string{"December|2025-12-01|2026-01-01|month|since"}},
		{"in ahead", "Fees rise in December.", []string{"December|2025-12-01|2026-01-01|month"}},
		{"since year", "Trade has doubled since 2013.", []string{"2013|2013-01-01|2014-01-01|year|since"}},
	})
}

func TestParseUntilFuture(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"until a congress next year", "He will stay in office until a congress next year, but resigned on Monday.",
			[]string{"next year|2026-01-01|2027-01-01|year|rel|fut", "Monday|2025-11-24|2025-11-25|day|rel|wd=Mon"}},
		{"till next month", "Shops stay shut till next month.", []string{"next month|2025-12-01|2026-01-01|month|rel|fut"}},
		{"pending a review", "Hiring is frozen pending a review next year.", []string{"next year|2026-01-01|2027-01-01|year|rel|fut"}},
		// Look-alikes: a past limit, or no limit at all.
		{"until past year", "The plant was closed until 2019.", []string{"2019|2019-01-01|2020-01-01|year"}},
		{"until past weekday", "The office stayed closed until Monday.", []string{"Monday|2025-11-24|2025-11-25|day|rel|wd=Mon"}},
		{"no until", "A congress is held next year.", []string{"next year|2026-01-01|2027-01-01|year|rel"}},
		{"until far before", "Until then, the party, which holds a congress next year, waits.", []string{"next year|2026-01-01|2027-01-01|year|rel"}},
	})
}

func TestParseMonthRanges(t *testing.T) {
	runParseCases(t, tuesday, []parseCase{
		{"quarter of months", "For the October-December quarter, Hanbit expects a loss.", []string{"the October-December quarter|2025-10-01|2026-01-01|quarter|rel"}},
		{"period", "Sales in the July-September period rose.", []string{"the July-September period|2025-07-01|2025-10-01|quarter|rel"}},
		{"with year", "Output in January–March 2025 fell.", []string{"January–March 2025|2025-01-01|2025-04-01|quarter"}},
		{"noun of year", "The April-June quarter of 2024 was weak.", []string{"The April-June quarter of 2024|2024-04-01|2024-07-01|quarter"}},
		{"two months", "Rain fell in the April-May period.", []string{"the April-May period|2025-04-01|2025-06-01|month|rel"}},
		{"across new year", "The November-January season is dry.", []string{"The November-January season|2025-11-01|2026-02-01|month|rel"}},
		{"possessive year", "It beat last year's rate and this year's target.", []string{"last year's|2024-01-01|2025-01-01|year|rel", "this year's|2025-01-01|2026-01-01|year|rel"}},
		{"between and", "Deliveries between January and March fell.", []string{"between January and March|2025-01-01|2025-04-01|quarter|rel"}},
		{"between parts of months", "The group crushed its grapes between mid-January and early April.", []string{"between mid-January and early April|2025-01-01|2025-05-01|month|rel"}},
		{"from to with year", "Sales from April to June 2024 rose.", []string{"from April to June 2024|2024-04-01|2024-07-01|quarter"}},
		{"from to, two months", "Prices rose from May through June.", []string{"from May through June|2025-05-01|2025-07-01|month|rel"}},
		{"from a month to a day", "The show ran from January to March 3.", []string{"January|2026-01-01|2026-02-01|month", "March 3|2025-03-03|2025-03-04|day"}},
		{"a run of months ending last month is this year's", "FDI in the January-November period rose.", []string{"the January-November period|2025-01-01|2025-12-01|month|rel"}},
		{"a quarter alone", "In the fourth quarter alone, net profit fell 8%.", []string{"fourth quarter|2025-10-01|2026-01-01|quarter|rel"}},
		{"a month alone", "August alone brought shipments of 212,000 tonnes.", []string{"August|2025-08-01|2025-09-01|month"}},
		{"for a month to a month", "Net profit for April to June reached 4.12 billion baht.", []string{"April to June|2025-04-01|2025-07-01|quarter|rel"}},
		{"in a month through a month", "Arrivals in May through August rose.", []string{"May through August|2025-05-01|2025-09-01|month|rel"}},
		// Look-alikes.
		{"a move from one month to another, no cue", "The talks moved January to June.", []string{"June|2025-06-01|2025-07-01|month"}},
		{"range in a name", "The May-June exhibition opened.", nil},
		{"lowercase", "the may-june rally faded.", nil},
		{"same month", "The October-October report", nil},
	})
}
