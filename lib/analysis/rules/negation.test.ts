import { expect, test } from "vitest";
import { findingsOf, kindsOf } from "../../testing/rules";
import { negation } from "./negation";

test.each([
  // Gained against lost, of one subject: a contradiction; "he added" is a way of saying, not a gain.
  ["Netflix added 8 million subscribers in the fourth quarter, the company said.", "Netflix lost 8 million subscribers in the fourth quarter, the company said.", ["negation/high"]],
  ["The economy gained 200,000 jobs in May, the report showed.", "The economy shed 200,000 jobs in May, the report showed.", ["negation/high"]],
  ["\"We have lost a great friend,\" the mayor added.", "\"We have lost a great friend,\" the mayor said.", []],
  // One thing done with and without the same thing, in otherwise the same words: a contradiction.
  ["Agents entered the home without a judicial warrant, the family said.", "Agents entered the home with a judicial warrant, the family said.", ["negation/high"]],
  ["He was released without charge on Friday.", "He was released with a charge on Friday.", ["negation/high"]],
  // Not a degree added ("with little opposition"), nor words in a quotation, where either may be a line of the remark.
  ["The bill passed with little opposition on Friday.", "The bill passed without opposition on Friday.", []],
  ["The region was left without power after the storm.", "The region was left with power cuts after the storm.", []],
  ["The firm ended the year without a profit.", "The firm ended the year with a loss.", []],
  ["\"We went in without a warrant,\" the agent said.", "\"We went in with a warrant,\" the agent said.", []],
  // Denied now and asserted of the past, or the other way round: what changed, worth a look only.
  ["Section 7 doesn't require agencies to consult wildlife scientists before approving dams.", "Section 7 required agencies to consult wildlife scientists before approving dams.", ["negation/low"]],
  ["The agency did not require permits for the project.", "The agency requires permits for the project.", ["negation/low"]],
  ["The law does not require agencies to consult scientists.", "The law requires agencies to consult scientists.", ["negation/high"]],
  // The same predicate in a synonym, its object written as a compound on one side ("approval from the
  // board" / "board approval"); two modifiers of one noun ("state money" / "federal money") are two things.
  ["The bond issue does not need approval from the school board.", "The bond issue requires school board approval, the district said.", ["negation/high"]],
  ["The bond issue does not need board approval.", "The bond issue requires approval from the board.", ["negation/high"]],
  ["The bridge repair does not need state money.", "The bridge repair requires federal money.", []],
  // A person named on one side and "he" on the other may be two people: worth a look only.
  ["Ruiz has never been a league head coach.", "He has been a league head coach.", ["negation/low"]],
  // A negation in another clause of the other sentence is another statement's; in the clause that states it, it agrees.
  ["None of the envoys has been charged with spying.", "Two of the envoys have been charged with spying, though officials gave no details.", ["negation/high"]],
  ["None of the envoys has been charged with spying.", "The envoys have not been charged with spying yet, officials said.", []],
  // Denied in one verb and asserted in one news uses for it, in the passive ("would not cut its budget" /
  // "spending would be reduced"); "none of the" denies the verb after it; two places are two statements.
  ["The chief financial officer said the company would not cut its research and development budget.", "He said research and development spending would also be reduced.", ["negation/high"]],
  ["Two of the injuries were second-degree burns requiring hospital treatment.", "None of the injuries required hospital treatment.", ["negation/high"]],
  // (After "will", whatever the tagger reads: none closing against all staying open is no contradiction; against all closing it is.)
  ["None of the district's schools will close next year.", "All of the district's schools will remain open next year.", []],
  ["None of the district's schools will close next year.", "All of the district's schools will close next year.", ["negation/high"]],
  // No one of them doing one thing against every one doing another: two predicates; against some doing it, a contradiction.
  ["No nurses at the county's two hospitals crossed the picket line on Monday.", "Every nurse at the county's two hospitals honored the picket line on Monday.", ["negation/low"]],
  ["No nurses at the county's two hospitals crossed the picket line on Monday.", "Several nurses at the county's two hospitals broke the picket line on Monday.", ["negation/high"]],
  ["No nurses at the county's two hospitals crossed the picket line on Monday.", "Several nurses at the county's two hospitals crossed the picket line on Monday.", ["negation/high"]],
  // "Ruled out" negates what follows it.
  ["The ministry ruled out a ceasefire before the talks.", "The ministry said there would be no ceasefire before the talks.", []],
  ["Investigators have ruled out sabotage in the crash.", "Investigators said there was no sabotage in the crash.", []],
  ["Investigators said there was sabotage in the crash.", "Investigators said there was no sabotage in the crash.", ["negation/high"]],
  ["The minister ruled out a referendum and announced an election for next year.", "The minister said there would be no election next year.", ["negation/high"]],
  ["The company did not cut jobs in Germany.", "The company cut jobs in France.", ["negation/low"]],
  // Denying the kind denies each thing of it ("no weapon" / "a handgun"), not the other way round.
  ["Police said a handgun was found in the vehicle.", "Police say no weapon was found in the vehicle.", ["negation/high"]],
  ["Police said no handgun was found in the vehicle.", "Police say a weapon was found in the vehicle.", []],
  // A person's denial against a fact the other outlet tells in the passive: worth a look, not a contradiction.
  ["Rep. Ann Roe, in an interview on Wednesday, said she did not send the photo to the student.", "The photo was sent to the student from Roe's account last weekend.", ["negation/low"]],
  ["The company did not cut jobs in Germany.", "The company cut jobs in Germany.", ["negation/high"]],
  // Both told in the passive by one agent: the same statement denied.
  ["The hospital said patient records were stolen by the hackers.", "The hospital said patient records were not stolen by the hackers.", ["negation/high"]],
  ["The hospital said patient records were stolen by the hackers.", "The hospital said patient records were not stolen by an employee.", ["negation/low"]],
  // The same predicate about the same thing asserted by one side and denied by the other: high.
  ["The council approved the plan.", "The council did not approve the plan.", ["negation/high"]],
  ["The council approved the plan on Monday.", "The council did not approve the plan on Monday.", ["negation/high"]],
  ["The mayor said he knows the plan.", "The mayor said he doesnt know the plan.", ["negation/high"]],
  ["They said decisions had been made about the troops.", "They said no decisions had been made about the troops.", ["negation/high"]],
  ["Weiner said he sent the photo.", "Weiner said he did not send the photo.", ["negation/high"]],
  ["The lawsuit does not name Mayor Cruz.", "The lawsuit names Mayor Cruz.", ["negation/high"]],
  // "have" with no verb after it is the predicate: having a thing is not denied by wanting to see it.
  ["The mayor does not have a birth certificate.", "The mayor has a birth certificate.", ["negation/high"]],
  ["\"He doesn't have a birth certificate,\" Mr. Hale said.", "\"I want to see the birth certificate,\" said Mr. Hale.", []],
  ["The mayor did not sign the budget on Friday.", "The mayor signed the budget on Friday.", ["negation/high"]],
  // "No one" denies the predicate whatever clause follows it; "no one else" speaks of others.
  ["No one was hurt when a small plane landed on Interstate 70 on Sunday, the patrol said.", "A small plane landed on Interstate 70 on Sunday, and the pilot was hurt, the patrol said.", ["negation/high"]],
  ["No one else was hurt when the plane landed on Interstate 70 on Sunday.", "The pilot was hurt when the plane landed on Interstate 70 on Sunday.", []],
  // Opposite predicates of one subject in one statement contradict: "acquitted" / "convicted", "rose" / "fell".
  ["A county jury on Wednesday acquitted a former youth pastor of assault charges.", "A county jury on Wednesday convicted a former youth pastor of assault charges.", ["negation/high"]],
  // A plan denied and stated, the verb "plans" read by the tagger as a noun: one subject.
  ["The district does not plan to lay off teachers.", "The district plans to lay off teachers.", ["negation/high"]],
  ["The union does not plan to strike.", "Management plans to strike a deal.", ["negation/low"]],
  ["The company does not intend to close the plant.", "The board's decision to close the plant was made on Monday.", []],
  // None of a thing against a count of it is one statement however the rest is worded.
  ["Brightway said it is aware of three crashes linked to the defect and no injuries.", "The automaker said it knows of three crashes and two injuries tied to the problem.", ["negation/high"]],
  // Found dead or alive (WordNet's antonyms); rescued and missing, or hospitalized and discharged, follow one another.
  ["The hiker was found dead on Sunday near the ridge.", "The hiker was found alive on Sunday near the ridge.", ["negation/high"]],
  ["The hiker was rescued on Tuesday near the ridge.", "The hiker had been missing for three days near the ridge.", []],
  ["The pope was discharged from the hospital on Monday.", "The pope was hospitalized with pneumonia on Monday.", []],
  ["Shares of Acme rose 5 percent on Monday.", "Shares of Acme fell 5 percent on Monday.", ["negation/high"]],
  // Dead against missing, of one count of people; both told of two groups agree.
  ["Three people were killed when the river burst its banks, police said.", "Three people were missing after the river burst its banks, police said.", ["negation/high"]],
  ["Three people were killed and two were missing after the river burst its banks.", "Three people died and two are missing after the river burst its banks.", []],
  ["Three fishermen missed the boat on Friday.", "Three fishermen were killed on Friday.", []],
  // (How long the dead were gone is no disappearance now.)
  ["Police found the body of a student missing since March.", "Police found the body of a student killed in March.", []],
  ["The remains of a soldier missing in action were identified on Monday.", "The remains of a soldier who died in action were identified on Monday.", []],
  ["The hiker has been missing since Friday, police said.", "The hiker was killed on Friday, police said.", ["negation/high"]],
  // (A death only believed or feared is no opposite of missing.)
  ["Two hikers remain missing after the avalanche.", "Two hikers are feared to have been killed in the avalanche.", []],
  // (A person said by an adjective, "the incumbent", as the tagger reads it or not.)
  ["The incumbent won Sunday's run-off, the electoral commission said.", "The incumbent lost Sunday's run-off, the electoral commission said.", ["negation/high"]],
  // A rate or forecast moved one way or the other, or left as it was, by one subject.
  ["The reserve bank raised its inflation forecast for next year.", "The reserve bank lowered its inflation forecast for next year.", ["negation/high"]],
  ["The reserve bank raised its inflation forecast for next year.", "The reserve bank trimmed its inflation forecast for next year.", ["negation/high"]],
  ["The reserve bank cut its benchmark rate on Wednesday, citing weak demand.", "The reserve bank left its benchmark rate unchanged on Wednesday, citing weak demand.", ["negation/high"]],
  ["The reserve bank kept its benchmark rate steady on Wednesday.", "The reserve bank increased its benchmark rate on Wednesday.", ["negation/high"]],
  ["Joblessness held steady at 5.2 percent in June.", "Joblessness climbed to 5.2 percent in June.", ["negation/high"]],
  // A rate held at a level is left as it was; a news conference held at an hour is no level.
  ["The reserve bank held interest rates at 5.25% on Thursday.", "The reserve bank raised interest rates to 5.25% on Thursday.", ["negation/high"]],
  ["The cartel kept output at 2 million barrels a day in May.", "The cartel cut output to 2 million barrels a day in May.", ["negation/high"]],
  ["The reserve bank kept its benchmark rate at 5.5% on Wednesday.", "The reserve bank left its benchmark rate unchanged at 5.5% on Wednesday.", []],
  ["Police held a news conference at 5 p.m. on Monday.", "Police raised the death toll to five on Monday.", []],
  // Rulings on one thing that cannot both be given: bail granted or refused, a conviction upheld or
  // quashed, a suspect remanded or released; not two things ruled on ("upheld his appeal" / "quashed
  // his conviction" is one ruling), nor a person granted one thing and refused another.
  ["Sharma was granted bail by the High Court on Friday.", "Sharma was refused bail by the High Court on Friday.", ["negation/high"]],
  ["The Court of Appeal upheld his conviction on Tuesday.", "The Court of Appeal quashed his conviction on Tuesday.", ["negation/high"]],
  ["The appeal was rejected by the Supreme Court on Monday.", "The appeal was upheld by the Supreme Court on Monday.", ["negation/high"]],
  ["Murphy was remanded in custody on Monday.", "Murphy was released on bail on Monday.", ["negation/high"]],
  ["The Court of Appeal upheld his appeal on Tuesday.", "The Court of Appeal quashed his conviction on Tuesday.", []],
  ["Her appeal was upheld by the court in Leeds on Monday.", "Her conviction was quashed by the court in Leeds on Monday.", []],
  ["Sharma was granted bail on Monday.", "Sharma was refused permission to travel on Monday.", []],
  ["The court granted the request on Monday.", "The court rejected the motion on Monday.", []],
  // A challenge or an appeal against a thing refused is the thing upheld; two owners' requests, or a
  // person's co-accused, are two things ruled on; bail refused is custody.
  ["The Supreme Court upheld the ban on Tuesday.", "The Supreme Court rejected the challenge to the ban on Tuesday.", []],
  ["The Court of Appeal dismissed his appeal against conviction on Tuesday.", "The Court of Appeal upheld his conviction on Tuesday.", []],
  ["The judge granted the government's request on Monday.", "The judge rejected the union's request on Monday.", []],
  ["The judge granted the mother's application for custody on Thursday.", "The judge refused the father's application for custody on Thursday.", []],
  ["Sharma was remanded in custody on Monday.", "Sharma's co-accused was released on bail on Monday.", []],
  ["Sharma was refused bail by the High Court on Friday.", "Sharma was remanded in custody by the High Court on Friday.", []],
  // (A ruling refused is the other ruling; a ruling in part is both.)
  ["The court declined to overturn the conviction on Monday.", "The court upheld the conviction on Monday.", []],
  ["The judge granted the application in part on Monday.", "The judge rejected part of the application on Monday.", []],
  // A move wanted or expected, of another period, or of another named thing or place: no contradiction.
  ["The reserve bank raised its growth forecast for this year.", "The reserve bank cut its growth forecast for next year.", []],
  ["Analysts had expected the reserve bank to cut its key rate.", "The reserve bank held its key rate steady on Wednesday.", []],
  ["Unions urged the government to raise the minimum wage.", "The government left the minimum wage unchanged.", []],
  ["Norcorp raised the price of its Model Q in Europe on Monday.", "Norcorp cut the price of its Model Q in Brazil on Monday.", []],
  ["Norcorp raised the price of the Q5 in Japan on Friday.", "Norcorp cut the price of the Q7 in Japan on Friday.", []],
  ["Norcorp raised the price of the Q5 in Japan on Friday.", "Norcorp cut the price of the Q5 in Japan on Friday.", ["negation/high"]],
  // Of two things, or one subject changing one thing and keeping another: no contradiction.
  ["The reserve bank raised its benchmark rate and cut its growth forecast.", "The reserve bank raised its benchmark rate on Wednesday.", []],
  ["The carmaker kept its outlook unchanged but cut 300 jobs.", "The carmaker cut 300 jobs on Wednesday.", []],
  ["The reserve bank cut its benchmark rate on Wednesday.", "The finance ministry raised its benchmark forecast on Wednesday.", []],
  // A change denied is the thing left as it was: against a move of it, a contradiction, its level no move's figure.
  ["The reserve bank raised its growth forecast to 2.1%.", "The reserve bank did not change its growth forecast of 1.9%.", ["negation/high"]],
  ["The reserve bank did not change its growth forecast.", "The reserve bank has changed its growth forecast.", ["negation/high"]],
  ["The reserve bank did not change its growth forecast.", "The finance ministry raised its own forecast.", []],
  // Opposite moves of one market figure contradict; read during trading, they may be one day's moves at two times: medium.
  ["The 10-year note slid 12/32 for a yield of 3.91 percent.", "The 10-year note jumped 9/32, taking its yield to 3.77 percent.", ["negation/high"]],
  ["Shares of Norcorp rose 2 percent in early trading on Monday.", "Shares of Norcorp fell 1 percent on Monday.", ["negation/medium"]],
  ["The 10-year note's yield rose to 3.91 percent on Friday.", "The 10-year note's yield fell to 3.91 percent on Friday.", ["negation/high"]],
  // Opposites inside the quotations of one speaker (or one's quotation and its paraphrase) contradict;
  // inside quotations no one is said to speak they may be anyone's words.
  ["\"Orders in Asia remained weak through the summer,\" Okafor said.", "\"Orders in Asia remained strong through the summer,\" Okafor said.", ["negation/high"]],
  ["\"Orders in Asia remained weak,\" Okafor said.", "Okafor said orders in Asia remained strong.", ["negation/high"]],
  ["\"Orders in Asia remained weak.\"", "\"Orders in Asia remained strong.\"", []],
  // An outcome of an event dated to another year is another event's; a year after the verb dates the same one.
  ["More than 100 people were hurt in the quake.", "A quake in the south of the country in 2001 killed more than 100 people.", []],
  ["A jury convicted the clerk in 2019.", "A jury acquitted the clerk.", ["negation/high"]],
  // Verbs of posture say where a thing is: "lies" / "sits" are no opposites.
  ["Peru lies on the Ring of Fire, an arc of fault lines around the Pacific.", "Peru sits on the Ring of Fire, an arc of fault lines around the Pacific.", []],
  // The start and the end of one thing are two moments of it, not opposites.
  ["The lockout will end at 6 a.m. on Friday.", "The lockout began at 6 a.m. on Friday.", []],
  ["The ferry service will finish on Sunday.", "The ferry service will start on Sunday.", []],
  ["A pedestrian was killed when a car struck him on Main Street on Friday.", "A pedestrian was injured when a car struck him on Main Street on Friday.", ["negation/high"]],
  ["The council approved the budget on Monday by a 5-2 vote.", "The council rejected the budget on Monday by a 5-2 vote.", ["negation/high"]],
  // A verb with a particle is another verb ("came off the rails" is not "came"): "left" / "came off" are one event.
  ["The train left the tracks at 8:15 a.m. near Holloway.", "The train came off the rails at 8:15 a.m. near Holloway.", []],
  ["The crowd left the square after the speech.", "The crowd came away from the square after the speech.", []],
  ["The guests left the party at midnight.", "The guests came to the party at midnight.", ["negation/high"]],
  // A vote, a ruling or an argument against the thing and for it: opposite stances of one subject.
  ["Councilman David Pruitt voted against the budget on Wednesday.", "Councilman David Pruitt voted in favor of the budget on Wednesday.", ["negation/high"]],
  ["The judge ruled in favour of the landlord on Monday.", "The judge ruled against the landlord on Monday.", ["negation/high"]],
  ["Senator Ames voted for the bill on Tuesday.", "Senator Ames voted against the bill on Tuesday.", ["negation/high"]],
  ["Senator Ames voted against the bill on Tuesday.", "Senator Cole voted for the bill on Tuesday.", []],
  ["Senator Ames voted against the bill on Tuesday.", "Senator Ames voted against the bill and for the amendment on Tuesday.", []],
  // One speaker denying a claim on one side and stating it on the other: the outlets contradict each
  // other on what was said; not when the stating side denies it too, nor of two speakers, nor a
  // denial of one thing against a statement of another.
  ["Iran denied it had increased oil exports to China.", "Iran said it had increased oil exports to China.", ["negation/high"]],
  ["The club denied it had received a bid for the striker.", "The club confirmed it had received a bid for the striker.", ["negation/high"]],
  ["Police denied that officers had used tear gas.", "Police said officers had used tear gas.", ["negation/high"]],
  ["Iran denied it had increased oil exports to China.", "Iran said it had not increased oil exports to China.", []],
  ["Police denied that officers had used tear gas.", "Protesters said officers had used tear gas.", []],
  ["Smith denied any wrongdoing on Monday.", "Smith said on Monday he had acted within the law.", []],
  ["Smith denied wrongdoing and said he would fight the charges.", "Smith said he would fight the charges.", []],
  // A thing denied (not a deed told as a clause) against a remark about it; a deed done to another thing.
  ["Jones denied the allegations on Monday.", "Jones said on Monday the allegations were politically motivated.", []],
  ["Smith denied the report on Monday.", "Smith said on Monday the report was \"fake news\".", []],
  ["Meta denied that it had shared users' data without consent.", "Meta said it had shared users' data with their consent.", []],
  ["The club denied that it had fired the manager.", "The club said it had fired the manager's assistant.", []],
  ["The company denied that it had cut jobs.", "The company said it would cut jobs next year.", []],
  ["The company denied that it would cut jobs.", "The company said it had cut jobs.", []],
  ["The army denied targeting civilians on Thursday.", "The army said on Thursday it had targeted civilians.", ["negation/high"]],
  ["The spokesman denied that the army had fired on protesters.", "The spokesman said protesters had fired on the army.", []],
  ["The president denied he had asked for the investigation.", "The president said he had asked about the investigation.", []],
  // (A report denied and confirmed is two stances towards it: the attribution rule's.)
  ["Jones denied the report on Monday.", "Jones confirmed the report on Monday.", []],
  ["The judge denied the motion to dismiss on Monday.", "The judge said on Monday the motion to dismiss lacked merit.", []],
  ["The army denied targeting civilians on Thursday.", "The army said on Thursday it had targeted militants hiding among civilians.", []],
  // Dismissed against left of one's own accord: two ways a job ends.
  ["The company fired its chief executive, Andrea Kessler, on Tuesday.", "The company's chief executive, Andrea Kessler, resigned on Tuesday.", ["negation/medium"]],
  ["Rovers sacked manager Tom Hale on Sunday after a run of defeats.", "Manager Tom Hale resigned on Sunday after a run of defeats.", ["negation/medium"]],
  ["Tom Hale resigned as manager on Sunday.", "Tom Hale stepped down as manager on Sunday.", []],
  ["Responding to speculation that she was ready to retire, Justice Ann Roe said she would serve another term.", "Justice Ann Roe said she would serve another term, dismissing speculation that she was ready to retire.", []],
  // The same count told from its other side: two of five survived is three of five did not.
  ["Two of the five passengers survived the crash.", "Three of the five passengers did not survive the crash.", []],
  ["Two of the five passengers survived the crash.", "Two of the five passengers did not survive the crash.", ["negation/high"]],
  // Alive against dead, in other verbs: "survived" / "were killed", "were rescued" / "died"; each side telling both, none.
  ["All four crew members survived the helicopter crash.", "All four crew members were killed in the helicopter crash.", ["negation/high"]],
  // (Not none, neither or few of them surviving against all killed, nor a rescue before a death.)
  ["None of the 150 passengers survived the crash.", "All 150 passengers were killed in the crash.", []],
  ["Neither pilot survived the crash.", "Both pilots were killed in the crash.", []],
  ["No passenger was hurt and the pilot survived the crash.", "No passenger was hurt and the pilot was killed in the crash.", ["negation/high"]],
  ["No one on board survived the crash, officials said.", "Everyone on board was killed in the crash, officials said.", []],
  ["The boy was rescued from the river.", "The boy died in hospital after being pulled from the river.", []],
  ["The soldier survived a roadside bomb in Kandahar.", "The soldier was killed by a roadside bomb in Helmand.", []],
  ["The pilot survived the crash, but his passenger was killed.", "The passenger was killed in the crash, while the pilot survived.", []],
  // A past period one side alone gives dates another movement; the same period on both sides, one.
  ["Harlow shares fell 3 percent in early trading.", "Harlow shares rose 3 percent last month after record sales.", []],
  ["Harlow shares fell 3 percent last month.", "Harlow shares rose 3 percent last month.", ["negation/high"]],
  // A result reported one way and the other ("posted a profit" / "posted a loss", "swung to a deficit"),
  // by the same subject, of the same period; not both results told by one side, nor two periods,
  // nor two companies, nor the verb "defeat" (a win) against the noun "loss".
  ["Corvane reported a net profit of $3 million for the quarter.", "Corvane reported a net loss of $3 million for the quarter.", ["negation/high"]],
  ["Corvane posted a loss of $12 million in the third quarter, the Denver-based firm said.", "Corvane swung to a profit of $12 million in the third quarter, the Denver-based firm said.", ["negation/high"]],
  ["The Jets recorded a win over the Bills on Sunday.", "The Jets suffered a loss to the Bills on Sunday.", ["negation/high"]],
  ["The state ran a surplus of $2 billion last year, the treasurer said.", "The state ran a deficit of $2 billion last year, the treasurer said.", ["negation/high"]],
  ["Corvane reported a profit for the full year.", "Corvane reported a loss for the fourth quarter.", []],
  ["Corvane posted a profit for the third quarter.", "Corvane posted a loss for the year.", []],
  ["Corvane posted an operating profit for the quarter.", "Corvane posted a net loss for the quarter.", []],
  ["Corvane reported a profit of $3 million for the quarter.", "Corvane reported a net loss of $3 million for the quarter.", ["negation/high"]],
  ["Corvane reported a loss, compared with a profit a year earlier.", "Corvane reported a loss.", []],
  ["Corvane reported a profit on Tuesday.", "Corvane did not report a loss on Tuesday.", []],
  ["The Jets defeated the Bills on Sunday.", "The Jets beat the Bills on Sunday after a loss last week.", []],
  // "Found guilty" is convicted, against "acquitted"; "found not guilty" is acquitted.
  ["A jury found Calloway guilty of fraud on Friday.", "A jury acquitted Calloway of fraud on Friday.", ["negation/high"]],
  ["A jury found Calloway not guilty of fraud on Friday.", "A jury acquitted Calloway of fraud on Friday.", []],
  // A state and its opposite by a negating prefix ("armed" / "unarmed", "significant" / "insignificant"); not by degree ("little changed" / "unchanged").
  ["The man was armed when officers arrived, police said.", "The man was unarmed when officers arrived, police said.", ["negation/high"]],
  ["The drop in strokes was statistically significant, the researchers said.", "The drop in strokes was statistically insignificant, the researchers said.", ["negation/high"]],
  ["Harlow shares were little changed at 654 pence.", "Harlow shares were unchanged at 654 pence.", []],
  ["The union was informed of the cuts on Friday.", "The union was formed on Friday.", []],
  ["Firefighters warned the material was inflammable.", "Firefighters warned the material was flammable.", []],
  ["The village was uninhabited after the eruption.", "The village was inhabited before the eruption.", []],
  ["The first suspect was armed, police said.", "The second suspect was unarmed, police said.", []],
  // What is done to someone named in apposition, in the passive ("Her husband, Gary Kolbeck, was charged").
  ["Prosecutors have not charged her husband, Gary Kolbeck.", "Her husband, Gary Kolbeck, was also charged.", ["negation/high"]],
  ["Police have not arrested the driver, Mark Ellis.", "The driver, Mark Ellis, was arrested.", ["negation/high"]],
  ["Police have not arrested the driver, Mark Ellis.", "The passenger, Ann Ellis, was arrested.", []],
  // Denied in the passive: what is denied is the subject before the verb, who does it the agent after "by".
  ["Both sides signed the ceasefire document in Jeddah.", "The ceasefire document was not signed by both sides in Jeddah.", ["negation/high"]],
  ["The council approved the budget on Tuesday.", "The budget was not approved by the council on Tuesday.", ["negation/high"]],
  ["The council approved the budget on Tuesday.", "The budget was not approved by the mayor on Tuesday.", ["negation/low"]],
  // Not a doer after "by" (a time, all of a group, a denial of how), and not yet done against done: worth a look at most.
  ["The pact was not signed by all members.", "Most members signed the pact.", []],
  ["The contract was not signed by Friday's deadline.", "Both sides signed the contract on Monday.", []],
  ["The bill was not passed by the Senate as quickly as expected.", "The Senate passed the bill.", []],
  ["The budget was not yet signed by the governor.", "The governor signed the budget on Friday.", ["negation/low"]],
  ["The treaty was not ratified by the Senate in 1999.", "The Senate ratified the treaty in 2023.", ["negation/low"]],
  // What a thing is of is not a denial: "includes a guarantee of no compulsory redundancies" / "does not include any guarantee".
  ["The deal includes a guarantee of no compulsory redundancies.", "The deal does not include any guarantee on compulsory redundancies.", ["negation/high"]],
  // Of two things counted apart, a denial and an assertion are two statements.
  ["A jury on Friday found actor Julian Marsh guilty of two counts of assault.", "Marsh was found not guilty on a third count.", []],
  ["A jury on Friday found actor Julian Marsh guilty of assault.", "Marsh was found not guilty of assault.", ["negation/high"]],
  // A collective's members are what is said of it: "a cluster of cases" / "cases".
  ["Health officials said the outbreak is not linked to a cluster of cases in Dell County.", "Health officials said the outbreak is linked to cases reported in Dell County.", ["negation/high"]],
  ["Police did not name the leader of the group.", "Police named the group on Friday.", []],
  // "No plans to" denies the act planned: against "prepared to" do it, a contradiction.
  ["Transport Minister Helen Marsh said the government had no plans to legislate and called on both sides to resume talks.", "Transport Minister Helen Marsh said the government was prepared to legislate to end the strike.", ["negation/high"]],
  ["The company has no intention of selling the plant, its chief executive said.", "The company is selling the plant, its chief executive said.", ["negation/high"]],
  // One killed and another injured are two people's outcomes.
  ["A man was killed and a woman was injured in the crash on Friday.", "A woman was injured and a man was killed in the crash on Friday.", []],
  ["A man was killed in the crash on Friday.", "His passenger was injured in the crash on Friday.", []],
  // Two counts of the subject are two groups: "Five people were killed" / "Seven people were injured"; one count, one group.
  ["Five people were killed in the blast on Friday.", "Seven people were injured in the blast on Friday.", []],
  ["Five people were killed in the blast on Friday.", "Five people were injured in the blast on Friday.", ["negation/high"]],
  // An outcome the other side also tells, in another word for the same event ("killed" / "died") or as
  // an adjective ("14 wounded"), is no opposite there; nor are two counts of what was done to.
  ["Two soldiers were killed and 14 wounded in the attack.", "Two soldiers died and 14 were wounded in the attack.", []],
  // "Any" denies every object of the predicate: "not charged with any crime" / "charged with fraud".
  ["The treasurer was not charged with any crime.", "The treasurer was charged with fraud.", ["negation/high"]],
  ["The treasurer has not been accused of any wrongdoing.", "The treasurer has been accused of misleading investors.", ["negation/high"]],
  ["The treasurer was not charged with fraud.", "The treasurer was charged with perjury.", []],
  ["The striker did not sign any deal with Rovers.", "The striker signed a deal with United.", ["negation/low"]],
  // Of "any" money only a sum; of another word, that word or a kind of it.
  ["The charity did not receive any money from the fund.", "The charity received $5 million from the fund.", ["negation/high"]],
  ["Investors did not lose any money.", "Investors lost confidence in the fund.", []],
  ["The family has not received any payment from the company.", "The family received an apology from the company.", []],
  // A death told by its wound is a death.
  ["Two hikers are dead after the avalanche.", "Two hikers were fatally injured in the avalanche.", []],
  // "Are dead" is a death told as a state: not the opposite of "killed", the opposite of "injured".
  ["Two hikers are dead and 14 are injured after the avalanche on Tuesday.", "Two hikers were killed when the avalanche struck on Tuesday.", []],
  ["Two hikers are dead after the avalanche on Tuesday.", "Two hikers were injured after the avalanche on Tuesday.", ["negation/high"]],
  ["The storm killed 12 people.", "Twelve people died in the storm and 40 were injured.", []],
  ["The jury acquitted two defendants.", "The jury convicted three defendants.", []],
  ["The jury acquitted Ruiz on Friday.", "The jury convicted Ruiz on Friday.", ["negation/high"]],
  // "No one" is the denial, not a count of one; "no one else" leaves the other's count standing.
  ["No one was killed in the attack on Friday.", "Five people were killed in the attack on Friday.", ["negation/high"]],
  ["No one else was killed in the attack on Friday.", "Five people were killed in the attack on Friday.", []],
  // Not of two subjects ("Smith beat Jones" / "Jones lost to Smith"), nor one of them negated ("was not convicted").
  ["Smith beat Jones in the primary on Tuesday.", "Jones lost to Smith in the primary on Tuesday.", []],
  ["Smith won the primary on Tuesday.", "Jones lost the primary on Tuesday.", []],
  ["The pastor was acquitted of assault on Wednesday.", "The pastor was not convicted of assault on Wednesday.", []],
  ["Most of the state businesses were non- operative, he said.", "Most of the state businesses are currently inoperative, he said.", []],
  // A word that already means "not" on the other side: no conflict.
  ["The governor has not signed the bill.", "The governor has yet to sign the bill.", []],
  ["The plant no longer makes engines.", "The plant stopped making engines last year.", []],
  ["Crews said the fire did not spread to nearby homes.", "Crews prevented the fire from spreading to nearby homes.", []],
  ["The man was not hurt in the fire.", "The man escaped injury in the fire.", []],
  // "Not until" says when, "would not have" what would have happened, "none of the other" speaks of others.
  ["The team took its first lead when Ruiz scored in the third quarter.", "The team didn't take its first lead until Ruiz scored in the third quarter.", []],
  ["The team waited until the third quarter to take its first lead.", "The team didn't take its first lead until the third quarter.", []],
  // Against the same predicate before "until", "not ... until" denies it.
  ["Engineers said the dam is safe until the spillway is rebuilt.", "Engineers said the dam is not safe until the spillway is rebuilt.", ["negation/high"]],
  ["The airline said passengers can fly the route until the audit ends.", "The airline said passengers cannot fly the route until the audit ends.", ["negation/high"]],
  ["The coach placed Bush on injured reserve.", "The coach said that if the team were still in contention, he wouldn't have placed Bush on injured reserve.", []],
  ["The Yankees offered eight years to Teixeira.", "None of the other teams offered eight years to Teixeira.", []],
  // "If not for" says what would have happened without something, "if not" raises a figure: neither denies.
  ["Lawmakers said the shooting would have been a massacre if not for Whip Steve Scalise's security detail.", "A gunman opened fire on lawmakers at a baseball practice, striking Whip Steve Scalise.", []],
  ["Dozens, if not hundreds, of residents signed the petition.", "Hundreds of residents signed the petition.", []],
  // Asked or left open is not asserted.
  ["Steele is expected to announce that he will not seek a second term.", "Steele announces on Monday whether he plans to step down as party chairman or will disregard the onslaught of criticism about his oversight of the committee and seek a second term.", []],
  ["\"At 90 percent of the stores, there was no pay disparity,\" Boutrous said.", "\"Is it true that the pay disparity at the stores was less than the national average?\" Roberts asked.", []],
  // The outlet's denial against someone's own quoted words: two voices, not a contradiction.
  ["In a televised debate, Hale stated clearly he had not served in Vietnam.", "\"We have learned something since the days that I served in Vietnam,\" Hale said in Norwalk.", []],
  // In passages that share little, or said of different subjects, the negated words are more likely a different statement: low, or nothing.
  ["Republicans will not fund the new stadium.", "Democrats will fund the new stadium.", ["negation/low"]],
  ["\"We will release every page,\" Ms. Warren said.", "\"We will not release every page,\" Mr. Barr said.", []],
  ["President Trump on Monday said Hillary Clinton suffered no consequences after she lied to the F.B.I.", "Trump called the case against Flynn very unfair, claiming he and Clinton both lied but only Flynn faced consequences.", []],
  // An implicit negative on the other side agrees; a contraction that lost its apostrophe still negates.
  ["The council approved the plan without debate.", "The council approved the plan after debate.", []],
  ["The officer was blamed for not addressing the scandal.", "The officer was blamed for failing to address the scandal.", []],
  // A word that negates negates what follows it, not what its clause said before it.
  ["Two patients developed a rash and stopped treatment.", "No patients developed a rash.", ["negation/high"]],
  ["Massachusetts does not have the death penalty.", "Massachusetts is without the death penalty.", []],
  ["The bug comes from the browser's failure to check the type.", "The bug occurs because the browser does not check the type.", []],
  ["He said, \"I don't know anybody who is fighting it.\"", "He said, I dont know anybody who is fighting it.", []],
  // "Not surprisingly", "do-not-call", "unless" for "if not", a negation that ends its clause.
  ["Not surprisingly, Korea leads in broadband, with 21 subscribers per 100 people.", "Korea leads in broadband, with 21 subscribers per 100 people.", []],
  ["The creators of the do-not-call registry drew the line in the right place.", "The creators of the registry drew the line in the right place.", []],
  ["If the subsidies are not repealed, the EU will impose sanctions.", "The EU will impose sanctions unless the subsidies are repealed.", []],
  ["\"They are followers of a false prophet. He is not a Republican. Absolutely not,\" Fox said.", "\"They are followers of a false prophet,\" Fox said.", []],
  // Negation that does not deny: a question, "X, not Y", "is and is not", a quotation against other words, another predicate.
  ["Why can't the mayor run his own race?", "The mayor will run his own race.", []],
  ["The vote is about the economy, not immigration.", "The vote is about the economy and immigration.", []],
  ["The court will decide what is and is not allowed.", "The court will decide what is allowed.", []],
  // Two denials in other words agree, after "and" too ("found no defects" / "did not find any defects"); a denial after "and" still denies.
  ["Inspectors checked the dam in May and found no cracks, the agency said.", "Inspectors checked the dam in May and did not find any cracks, the agency said.", []],
  ["Agents searched the warehouse and found no explosives.", "Agents searched the warehouse and did not find explosives.", []],
  ["Agents searched the warehouse and did not find explosives.", "Agents searched the warehouse and found explosives.", ["negation/high"]],
  ["\"If we do not get tough, we will not have a country anymore,\" the statement said.", "The statement said the country will get tough on crime.", []],
  ["Brat called Cantor an insider who isn't conservative enough.", "Brat won with help from conservative talk radio hosts.", []],
  ["\"We want the best deal, and if we don't get it, there should be no deal,\" she said.", "\"We want to get the best deal possible,\" she said.", []],
  // Two named sources, one denying what the other asserts: a disagreement the outlets may each report
  // one side of, worth a look (a reader of either learns the opposite); their own quoted words: none.
  ["Ana Lee said the agency did not approve the plan.", "Tom Reyes said the agency approved the plan.", ["negation/medium"]],
  ["The water supply is safe to drink, Mayor Luísa Salgueiro said.", "The water supply is not safe to drink, the Health Ministry said.", ["negation/medium"]],
  // A verb news uses for the act ("challenge" / "contest"); a denial of one count of a list the other gives.
  ["Mayor Okafor said he would not challenge the recount in court.", "Mayor Okafor said he would contest the recount in court.", ["negation/high"]],
  ["The airline said it was aware of 9 incidents and two injuries tied to the fault.", "The airline said it was not aware of any injuries tied to the fault.", ["negation/high"]],
  ["The airline said it was aware of 9 incidents and two injuries tied to the fault.", "The airline said it was not aware of any deaths tied to the fault.", []],
  // A time the act spans is no object of it: "did not testify during the trial" denies testifying.
  ["Okoro did not testify during the trial.", "Okoro testified in his own defense.", ["negation/high"]],
  ["Okoro did not testify during the trial.", "Okoro did not take the stand in his own defense.", []],
  // A quoted denial against the outlet's own words is compared only as the same quoted words (a speaker's
  // pledge, a condition or another time may stand between them: "will not sell unless the council approves").
  ["\"We will not close the harbour unless the council agrees,\" Mayor Ines Varga said.", "Mayor Ines Varga said the city would close the harbour once the council agreed.", []],
  ["\"We will not close the state harbour,\" Varga said.", "Varga said the city would close the state airport.", []],
  ["Ms. Lee said the agency did not approve the plan.", "Ana Lee said the agency approved the plan.", ["negation/high"]],
  // A quotation against a line of a quotation no one is said to speak: anyone's words, low.
  ["\"The country had not prosecuted the war,\" Ana Lee said.", "(unattributed) The country had prosecuted the war under two presidents.", ["negation/low"]],
  ["\"The country had not prosecuted the war,\" Ana Lee said.", "\"The country had prosecuted the war under two presidents,\" Lee said.", ["negation/high"]],
  // A negation in a clause that says which things are meant describes them: no denial of the claim ("non-residents").
  ["The mayor wants to end free transit for riders who aren't residents.", "Any rider born in the city is considered a resident.", []],
  ["The mayor said she is weighing an order to end free transit for riders born abroad to parents who aren't residents.", "The charter means that any rider born in the city is considered a resident.", []],
  // (Unless the other side says which of the same things it means; a clause between commas states a fact.)
  ["The board fined drivers that did not stop at the gate.", "The board fined drivers that stopped at the gate.", ["negation/high"]],
  ["The man, who was not carrying a gun, was shot by the officer.", "The man, who was carrying a gun, was shot by the officer.", ["negation/high"]],
])("%s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  // "Not ... since" says when it last happened: no denial of it.
  ["The girl has not been seen since Friday evening.", "The girl was last seen on Friday evening.", []],
  ["The senator has not spoken publicly since the vote.", "The senator last spoke publicly after the vote.", []],
  // A "since" of cause is no time: the denial stands.
  ["The mayor did not attend the meeting, since she was ill.", "The mayor attended the meeting.", ["negation/high"]],
  // "Not on" is "off", "not in" is "out": one state said two ways.
  ["The dog was off its leash when it attacked the child.", "The dog was not on a leash when it attacked the child.", []],
  ["The dog was on its leash when it attacked the child.", "The dog was not on a leash when it attacked the child.", ["negation/high"]],
  // "Failed to", "refused to", "declined to" deny what follows as "not" does.
  ["The housing measure passed the state Assembly.", "The housing measure failed to pass the state Assembly.", ["negation/high"]],
  ["The company declined to confirm the layoffs.", "The company confirmed the layoffs on Monday.", ["negation/high"]],
  ["He failed to appear in court on Monday.", "He did not appear in court on Monday.", []],
  ["The company declined to comment.", "The company did not respond to a request for comment.", []],
])("said two ways, or denied: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test("a perfect denial reaches the past it is set against", () => {
  expect(kindsOf(negation, "Vidal conceded defeat on Sunday.", "Vidal has not conceded defeat.")).toEqual(["negation/high"]);
  // A present denial against a past assertion is what changed: worth a look.
  expect(kindsOf(negation, "The agency did not require permits for the project.", "The agency requires permits for the project.")).toEqual(["negation/low"]);
});

test.each([
  // Opposite outcomes told once in the active and once in the passive: one subject, one statement.
  ["The jury acquitted the officer of manslaughter on Thursday.", "On Thursday, the officer was convicted of manslaughter by the jury.", ["negation/high"]],
  ["The officer was acquitted of manslaughter on Thursday.", "On Thursday, the jury convicted the officer of manslaughter.", ["negation/high"]],
  // Two people judged: no contradiction.
  ["The jury acquitted the officer of manslaughter.", "The judge convicted the driver of manslaughter.", []],
])("active and passive: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test("a denial shows where the other side states what it denies", () => {
  const [finding] = findingsOf(negation, "No shops were damaged, although a shed was lost, the town said.", "Three shops were damaged, along with a shed, the town said.");
  expect(finding?.explanation).toBe("A negates the claim (“No”); B states it: “Three shops were damaged”.");
  expect(finding?.spans.map((s) => s.side)).toEqual([0, 1]);
});

test.each([
  // An event denied by its noun ("No injuries were reported") against the event stated by its verb.
  ["Two people were injured in the blast.", "No injuries were reported in the blast.", ["negation/high"]],
  ["Two people died in the blast.", "No deaths were reported in the blast.", ["negation/high"]],
  // Nor of two occasions: another year, the first and the second blast, another plant, a first report.
  ["Two people were injured in the blast last year.", "No injuries were reported in the blast this year.", ["negation/low"]],
  ["Two people were injured in the first blast.", "No injuries were reported in the second blast.", ["negation/low"]],
  ["Two people were injured in the blast.", "No injuries were reported in the blast at the company's other plant.", ["negation/low"]],
  ["Two people died of their injuries after the blast.", "No deaths were reported at first after the blast.", ["negation/low"]],
  // Not another event: deaths denied against injuries stated.
  ["Two people were injured in the blast.", "No deaths were reported in the blast.", []],
])("an event denied by its noun: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test("a verb denied before 'and' another clause is denied itself: 'has not conceded and said he would wait'", () => {
  expect(kindsOf(negation, "Prescott conceded late Tuesday night.", "Prescott has not conceded and said he would wait for every ballot to be counted.")).toEqual(["negation/high"]);
});

test.each([
  // Stated only as one party's accusation against the other's denial: a dispute both outlets report, low.
  ["The company says there is no safety problem with the plant.", "Regulators on Tuesday accused the company of ignoring safety problems at the plant.", ["negation/low"]],
  // Stated as a fact: a contradiction.
  ["The company did not ignore safety problems at the plant.", "The company ignored safety problems at the plant, regulators found.", ["negation/high"]],
])("an accusation against a denial: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  // What a clause of "before" tells had not happened then: it agrees with "never".
  ["A judge struck down the law before it took effect.", "A judge struck down the law, and it never took effect.", ["negation/low"]],
  ["The bill died in committee before it reached the floor.", "The bill never reached the floor.", ["negation/low"]],
  ["He resigned before he was charged.", "He resigned and was never charged.", ["negation/low"]],
  ["The law took effect in March.", "The law never took effect.", ["negation/high"]],
])("a clause of 'before' may not have happened: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  // A noun's amount is no object: "a ransom of $5 million had been paid" states the ransom paid.
  ["Holm said no ransom had been paid.", "Holm said a ransom of $5 million had been paid.", ["negation/high"]],
  ["No ransom was paid.", "A ransom of several million dollars was paid to secure her release.", ["negation/high"]],
])("a denied thing stated with its amount: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test("with against without shows each side's word with the noun phrase it takes", () => {
  const [found] = findingsOf(negation, "He was released without charge on Friday.", "He was released with a charge on Friday.");
  expect(found?.explanation).toBe("A says “without charge”; B says “with a charge”: one says it was done with what the other says it was done without.");
});

test.each([
  // An outcome told in a clause of its own after a comma is the main clause's: its subject is that clause's.
  ["The train derailed, injuring 12 passengers.", "The train derailed, killing 12 passengers.", ["negation/high"]],
  ["A gunman opened fire at the mall on Sunday, wounding three people.", "A gunman opened fire at the mall on Sunday, killing three people.", ["negation/high"]],
  // ("shot", the verb, though the tagger reads a noun after "Officers".)
  ["Officers shot the suspect, killing him.", "Officers shot the suspect, wounding him.", ["negation/high"]],
  ["The storm tore through the county overnight, killing two residents.", "The storm tore through the county overnight, leaving two residents dead.", []],
  // Two main clauses, two subjects: two outcomes.
  ["A car bomb exploded near the gate, killing two guards.", "A rocket struck the barracks near the gate, wounding two guards.", []],
  ["A bus crashed near the bridge on Monday, killing four passengers.", "A truck crashed near the bridge on Monday, injuring four passengers.", []],
])("an outcome after a comma is told of the main clause's subject: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  // "bail" after the verb that rules on it is the thing ruled on, a noun ("granted bail.").
  ["The magistrate granted bail.", "The magistrate refused bail.", ["negation/high"]],
  ["The judge denied bail on Friday.", "The judge granted bail on Friday.", ["negation/high"]],
  ["The firm had to bail out the fund.", "The firm was ordered to bail out the fund.", []],
])("bail granted or refused: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  ["The company beat analysts' estimates for the quarter.", "The company missed analysts' estimates for the quarter.", ["negation/high"]],
  ["Microsoft earned $2.99 a share, beating analysts' estimates.", "Microsoft earned $2.99 a share, missing analysts' estimates.", ["negation/high"]],
  ["Sales topped forecasts in the quarter.", "Sales exceeded forecasts in the quarter.", []],
])("a forecast beaten or missed: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  // Opposite only of one thing done to: different objects, or none, can both hold.
  ["The tornado touched down near Moore on Tuesday, killing no one.", "The tornado touched down near Moore on Tuesday, injuring three people.", []],
  ["Nadal beat Federer in five sets, losing the first two.", "Nadal beat Federer in five sets, winning the last three.", []],
  ["The car bomb exploded outside the embassy, killing the driver.", "The car bomb exploded outside the embassy, injuring two guards.", []],
  ["Acme beat revenue estimates for the quarter.", "Acme missed profit estimates for the quarter.", []],
  ["Leverkusen remain top of the Bundesliga after a 1-1 draw with Mainz.", "Leverkusen missed the chance to go clear after a 1-1 draw with Mainz.", []],
  // A mark one failed to beat was missed.
  ["Acme failed to beat analysts' estimates.", "Acme missed analysts' estimates.", []],
  // ("Losing streaks" is a noun phrase.)
  ["The Mets endured two long slumps, losing streaks of eight and nine games.", "The Mets endured two long slumps, winning only twice in 17 games.", []],
])("no opposite of two things done to: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  // Told of two things after the verb, or a mark by two things before it: both may hold.
  ["Nike reported results on Thursday, beating analysts' earnings estimates.", "Nike reported results on Thursday, missing analysts' revenue estimates.", []],
  ["The jury returned a split verdict, convicting Barnes on two counts.", "The jury returned a split verdict, acquitting Barnes on three counts.", []],
  ["Adjusted profit beat Wall Street estimates.", "Net profit missed Wall Street estimates.", []],
  ["Stocks fell Monday, selling pressure intensifying late in the session.", "Stocks fell Monday, buying interest fading late in the session.", []],
])("an outcome or a mark told of two things: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test.each([
  // Both deny it, one with "no" opening a clause after "but": agreement, not a denial against a statement.
  ["Authorities know the shooter but no suspects have been taken into custody.", "Authorities know the shooter, although the person was not taken into custody.", []],
])("one denial told two ways: %s / %s", (a, b, expected) => {
  expect(kindsOf(negation, a, b)).toEqual(expected);
});

test("'none more so' and 'none better' stress a claim; they deny nothing", () => {
  expect(kindsOf(negation, "She earned a reputation as a partier after being photographed on a red carpet.", "She had a reputation as one who drinks and parties long and hard, none more so when she was photographed on the red carpet.")).toEqual([]);
  expect(kindsOf(negation, "Several teams played well in the final.", "No team played better in the final, none better than the champions.")).toEqual(["negation/high"]);
  // (Still a denial: "none of" the count, "none" alone.)
  expect(kindsOf(negation, "All of the passengers survived the crash.", "None of the passengers survived the crash.")).toEqual(["negation/high"]);
});
