use crate::extract::people::quote_speakers;

#[test]
fn attribution_verbs_are_lowercase_ascii_words() {
    // What lets `Around::is_verb` fold an ASCII unit's letters in the lookup.
    for v in super::VERBS.iter() {
        assert!(
            !v.is_empty() && v.bytes().all(|b| b.is_ascii_lowercase()),
            "{v:?}"
        );
    }
    assert!(super::VERBS.contains("said"));
}

#[test]
fn only_letters_change_when_lowercased() {
    // What lets `Around::low` borrow a unit with no letter.
    for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
        if !c.is_alphabetic() {
            assert!(c.to_lowercase().eq([c]), "{c:?}");
        }
    }
}

fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    quote_speakers(text)
        .into_iter()
        .map(|(q, s)| (q, s.map(|s| s.name)))
        .collect()
}

fn speaker_of(text: &str) -> Option<String> {
    speakers(text).into_iter().next().and_then(|(_, s)| s)
}

#[test]
fn a_storm_named_like_a_person_says_nothing() {
    // "Kyle" is the hurricane, not the last person named before "he".
    assert_eq!(
        speaker_of(
            "Hurricane Kyle slammed into the coast early Thursday. Senior hurricane \
             specialist Robert Alvarez said Kyle had intensified rapidly. \
             \"We have seen this pattern again,\" he said."
        ),
        Some("Robert Alvarez".into())
    );
}

#[test]
fn x_said() {
    assert_eq!(
        speaker_of("“We will not accept this deal at all,” Foreign Minister Sergei Lavrov said."),
        Some("Sergei Lavrov".into())
    );
}

#[test]
fn said_x_with_role() {
    let t = "\"We think the attack is completely unacceptable,\" said Cristina Gallach, spokesperson of EU foreign policy chief Javier Solana.";
    assert_eq!(speaker_of(t), Some("Cristina Gallach".into()));
}

#[test]
fn according_to_x() {
    let t = "“The talks will go ahead in New York,” according to Mark Toner, a State Department spokesman.";
    assert_eq!(speaker_of(t), Some("Mark Toner".into()));
}

#[test]
fn x_told_reporters() {
    let t = "Josh Earnest told reporters in Washington that “the first item on the agenda” will be Ukraine.";
    assert_eq!(speaker_of(t), Some("Josh Earnest".into()));
    let t = "“We have provided the coordinates of every location,” John Ging told the BBC.";
    assert_eq!(speaker_of(t), Some("John Ging".into()));
}

#[test]
fn x_said_in_a_statement_or_interview() {
    let t = "Kerry said in a statement that the meeting had a productive outcome, “including a consensus on principles.” John Kerry left.";
    assert_eq!(speaker_of(t), Some("John Kerry".into()));
    let t = "Sergei Lavrov spoke. “They insist on a date,” Russia’s Lavrov said in an interview with Italian media.";
    assert_eq!(speaker_of(t), Some("Sergei Lavrov".into()));
}

#[test]
fn x_cited_y_as_saying() {
    let t = "Vitaly Churkin spoke. It needs to be “real work,” and not just talk, RIA Novosti cited Churkin as saying on Friday.";
    assert_eq!(speaker_of(t), Some("Vitaly Churkin".into()));
}

#[test]
fn was_quoted_as_saying() {
    let t = "\"I am very sure it will be considered,\" Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying by Reuters.";
    assert_eq!(speaker_of(t), Some("Gabriela Shalev".into()));
}

#[test]
fn pronouns_resolve_to_the_last_person_outside_quotes() {
    let t = "White House press secretary Josh Earnest told reporters in Washington Friday that “the first item on Secretary Kerry’s agenda” will be Ukraine.\n\n\
             Russia’s continuing “support to separatists is destabilizing that country,” he said.";
    let s = speakers(t);
    assert_eq!(s[1].1.as_deref(), Some("Josh Earnest"));
}

#[test]
fn organizations_speak_too() {
    let t = "The top U.S. diplomat “will discuss ongoing efforts to achieve a transition,” the State Department said Friday.";
    assert_eq!(speaker_of(t), Some("State Department".into()));
    // A news agency "reported" the words (FA-KES outlets drop the comma before it).
    let t = "\"Three children were killed in the rocket attack on the school\" state news agency SANA reported.";
    assert_eq!(speaker_of(t), Some("SANA".into()));
    let t = "\"The area is empty of militants after the evacuation,\" Sham FM radio reported.";
    assert_eq!(speaker_of(t), Some("Sham FM".into()));
}

#[test]
fn role_descriptions_resolve() {
    let t = "Secretary of State John Kerry arrived. “We made progress today,” the top U.S. diplomat said.";
    assert_eq!(speaker_of(t), Some("John Kerry".into()));
}

#[test]
fn following_quote_keeps_the_speaker() {
    let t = "“They insist on a date,” Sergei Lavrov said in an interview. “We consider such an approach artificial and against international law.”";
    let s = speakers(t);
    assert_eq!(s.len(), 2);
    assert_eq!(s[1].1.as_deref(), Some("Sergei Lavrov"));
}

#[test]
fn descriptions_are_not_names() {
    assert_eq!(
        speaker_of("\"Many houses were damaged,\" a Bukit Sama village resident told AP."),
        None
    );
    assert_eq!(
        speaker_of(
            "\"The regime is attempting to provoke a war,\" said Enough Project co-founder John Prendergast."
        ),
        Some("John Prendergast".to_string())
    );
}

#[test]
fn titles_with_periods_and_prepositions() {
    let t = "\"That person must be found as soon as possible,\" said Lt. Gregg Hastings of the Oregon State Police.";
    assert_eq!(speaker_of(t), Some("Gregg Hastings".into()));
    let t =
        "\"That person must be found as soon as possible,\" said Troy police Lt. Gerry Scherlinck.";
    assert_eq!(speaker_of(t), Some("Gerry Scherlinck".into()));
    let t = "\"We will not accept this deal,\" Secretary of State John Kerry said.";
    assert_eq!(speaker_of(t), Some("John Kerry".into()));
    // A minister "for" a portfolio, as Irish and British papers write it.
    let t = "\"We will not accept this deal,\" Minister for Foreign Affairs Simon Coveney said.";
    assert_eq!(speaker_of(t), Some("Simon Coveney".into()));
    let t = "Minister for Enterprise Declan Hayes said the increase was \"a significant step towards a living wage\".";
    assert_eq!(speaker_of(t), Some("Declan Hayes".into()));
    // The head of a body speaks for it; a spokesman for a person does not speak as them.
    let t =
        "\"Hundreds of people fled the town this week,\" the head of the Syrian Observatory said.";
    assert_eq!(speaker_of(t), Some("Syrian Observatory".into()));
    let t = "\"Hundreds of people fled the town this week,\" a spokesman for President Bashar al-Assad said.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_participle_clause_takes_the_main_subject() {
    let t = "Greek President Carolos Papoulias condemned the violence, saying the debt-hit country had \"reached the edge of the abyss\".";
    assert_eq!(speaker_of(t), Some("Carolos Papoulias".into()));
    let t = "The mayor, Anne Hidalgo, condemned the attack, saying the city was \"in deep shock and mourning tonight\".";
    assert_eq!(speaker_of(t), Some("Anne Hidalgo".into()));
    let t = "Interior Minister Bernard Cazeneuve visited the scene, adding that police would \"spare no effort to find those responsible\".";
    assert_eq!(speaker_of(t), Some("Bernard Cazeneuve".into()));
    let t = "Sudanese government spokesperson Rabie A. Atti defended the government Sunday, saying, \"We are only securing our border.\"";
    assert_eq!(speaker_of(t), Some("Rabie A. Atti".into()));
    // The main clause's object is not who speaks.
    let t =
        "Troops arrested Ahmed Saleh on Monday, saying he had \"planned the attack for weeks\".";
    assert_ne!(speaker_of(t), Some("Ahmed Saleh".into()));
}

#[test]
fn a_capitalized_modifier_is_no_speaker() {
    let t = "Forensic experts said the bullet was \"a bit deformed\", suggesting it had bounced off a hard surface.";
    assert_eq!(speaker_of(t), None);
    let t =
        "Medical sources told reporters that the wounded were \"in a critical condition tonight\".";
    assert_eq!(speaker_of(t), None);
    let t = "\"We are securing the border and nothing more,\" Reuters said.";
    assert_eq!(speaker_of(t), Some("Reuters".into()));
    let t = "\"They are an attempt to divert the commission from its mission\" the state-run SANA news agency said.";
    assert_eq!(speaker_of(t), Some("SANA".into()));
}

#[test]
fn a_name_set_off_by_an_apposition_speaks() {
    let t = "Tomas Berg, a police spokesman, said officers were \"still searching the river banks for the missing boy\".";
    assert_eq!(speaker_of(t), Some("Tomas Berg".into()));
    let t = "Kenneth J. Montgomery, an attorney for the family, told the LA Times that the police \"patrol these neighborhoods like they are paramilitary\".";
    assert_eq!(speaker_of(t), Some("Kenneth J. Montgomery".into()));
    // A description, then the title and name of who holds it.
    let t = "The judge, Chief Magistrate Eunice Wambua, said: \"Public officials who steal from the people must be punished.\"";
    assert_eq!(speaker_of(t), Some("Eunice Wambua".into()));
    let t = "The spokesman, Colonel Tshepo Moleleki, said: \"We are closing in on the last member of this gang.\"";
    assert_eq!(speaker_of(t), Some("Tshepo Moleleki".into()));
    // A surname told by its initial.
    let t = "\"My son was not a criminal. I want justice, not fire,\" Samira B. said in a video.";
    assert_eq!(speaker_of(t), Some("Samira B".into()));
    let t = "\"My son was not a criminal. I want justice,\" the boy's mother, Samira B., said.";
    assert_eq!(speaker_of(t), Some("Samira B".into()));
    // A relative clause set off by commas is an aside.
    let t = "President Daniel Mwangi, who visited Garissa, said: \"No Kenyan will die of hunger on my watch.\"";
    assert_eq!(speaker_of(t), Some("Daniel Mwangi".into()));
    // A description before the verb is no name, and names further back do not speak.
    let t = "Kenneth J. Montgomery spoke to the LA Times. \"The police have a hard time because there is a lot of crime,\" a local barber told The New York Times.";
    assert_eq!(speaker_of(t), None);
    // Nor does the speaker of the quotation before it.
    let t = "Kenneth J. Montgomery said the police \"patrol these neighborhoods like an army\". \"The police have a hard time because there is a lot of crime,\" a local barber told The New York Times.";
    assert_eq!(speakers(t)[1].1, None);
}

#[test]
fn a_definite_description_goes_on_with_the_speaker_before() {
    let t = "\"I urge the United States to enforce a no-fly zone in the area,\" Samaritan's Purse president Franklin Graham said. \"My prayer is that the world will not just sit by and watch,\" the evangelist said.";
    assert_eq!(speakers(t)[1].1.as_deref(), Some("Franklin Graham"));
    let t = "\"There were three people shot on the stairs,\" said Andy Ryan. \"This is a sad day for the Kraft Foods family,\" the company said in a statement.";
    assert_eq!(speakers(t)[1].1, None);
    let t = "\"She was an essential point of our lives,\" said a tearful Charlie Kafoury.";
    assert_eq!(speaker_of(t), Some("Charlie Kafoury".into()));
    let t = "Thomas Gilleran spoke. \"This was one of the largest engagements we have conducted to date\" from Raqqa he said.";
    assert_eq!(speakers(t)[0].1.as_deref(), Some("Thomas Gilleran"));
    // A name not resolved is someone else.
    let t = "\"We heard shots from the street,\" said Raymond Kelly. \"Kimani started backing up and then he ran,\" King said.";
    assert_eq!(speakers(t)[1].1, None);
}

#[test]
fn a_saying_verb_before_a_participle_names_the_speaker() {
    let t = "LaCalamita said nothing after officers surrounded him, Pickell said, describing the suspect as \"subdued and very, very quiet\".";
    assert_eq!(speaker_of(t), Some("Pickell".into()));
    // A middle initial keeps the name whole and its role.
    let t = "Genesee County Sheriff Robert J. Pickell said the man surrendered. \"He was subdued. Very, very subdued,\" the sheriff said.";
    assert_eq!(speakers(t)[0].1.as_deref(), Some("Robert J. Pickell"));
}

#[test]
fn according_to_x_before_the_quote_and_quoted_as_telling() {
    let t = "According to Transport Minister Elena Varga, \"this agreement is fair to workers\".";
    assert_eq!(speaker_of(t), Some("Elena Varga".into()));
    let t = "Mr. Pike took the money. According to his lawyer Daniel Osei, \"my client maintains his innocence\".";
    assert_eq!(speaker_of(t), Some("Daniel Osei".into()));
    let t = "Minister of Transport Elena Varga was quoted as telling Reuters \"the port will be working normally by Wednesday\".";
    assert_eq!(speaker_of(t), Some("Elena Varga".into()));
    let t = "Marek Dudek, the union leader, was quoted as saying \"we got respect at last\".";
    assert_eq!(speaker_of(t), Some("Marek Dudek".into()));
    // Who was quoted is not who is quoted now.
    let t = "He was quoted in the paper. \"We got respect at last,\" a docker said.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_role_with_its_country_adjective_is_its_holder() {
    let t = "Kenya's President Daniel Mwangi and Ethiopia's Prime Minister Tesfaye Bekele met. \"Our two nations have chosen dialogue,\" the Kenyan president said.";
    assert_eq!(speaker_of(t), Some("Daniel Mwangi".into()));
    let t = "Kenya's President Daniel Mwangi and Ethiopia's Prime Minister Tesfaye Bekele met. The Ethiopian prime minister wrote on Twitter that \"the border will reopen within weeks\".";
    assert_eq!(speaker_of(t), Some("Tesfaye Bekele".into()));
    // Another country's president is nobody the article names.
    let t = "Kenyan President Daniel Mwangi arrived. \"Our two nations have chosen dialogue,\" the Ethiopian president said.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn said_a_description_then_the_name() {
    let t = "\"We don't have any intention to go to war again,\" said a Sudanese government spokesman, Rabie A. Atti.";
    assert_eq!(speaker_of(t), Some("Rabie A. Atti".into()));
    // What follows the comma is no name of the speaker.
    let t = "\"We don't have any intention to go to war again,\" said a government spokesman, adding that Khartoum would wait.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_body_in_lowercase_words_speaks_as_itself() {
    let t = "In a statement, the transport ministry said \"the strike cost the economy 400 million zlotys\".";
    assert_eq!(speaker_of(t), Some("transport ministry".into()));
    let t = "\"The guards opened fire on them,\" the interior ministry said.";
    assert_eq!(speaker_of(t), Some("interior ministry".into()));
    let t = "Oman's foreign ministry said the exchange followed \"months of discreet mediation and patient talks\".";
    assert_eq!(speaker_of(t), Some("foreign ministry".into()));
    // The General Staff is a body, not a general named Staff.
    let t = "Ukraine's General Staff said the strike was part of a campaign to \"reduce the enemy's ability to supply its army\".";
    assert_eq!(speaker_of(t), Some("General Staff".into()));
    // A lone noun names no body; a description is no name.
    let t = "\"The city is under siege,\" the terrorist group said.";
    assert_eq!(speaker_of(t), None);
    let t = "\"The guards opened fire on them,\" the ministry said.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_colon_gives_the_words_to_the_subject() {
    let t = "Marta Ruiz, who leads the opposition Social Alliance, was blunt: \"This government is finished.\"";
    assert_eq!(speaker_of(t), Some("Marta Ruiz".into()));
    // A subject that names no person speaks for nobody.
    let t = "The final score was clear: \"Valdora two, visitors nil, after extra time.\"";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_naming_verb_before_the_quotation_names_its_speaker() {
    let t = "Mark Ostrander called it \"the darkest day in our company's history\".";
    assert_eq!(speaker_of(t), Some("Mark Ostrander".into()));
    let t = "Governor Anselm Toric called the decision \"a painful but necessary step to rebuild confidence.\"";
    assert_eq!(speaker_of(t), Some("Anselm Toric".into()));
    let t = "Peter Hollis described watching the birds being loaded as \"the worst day of my working life\".";
    assert_eq!(speaker_of(t), Some("Peter Hollis".into()));
    // A passive names what was said of the subject, not its speaker.
    let t = "Mayor Ann Cole was called \"a coward who abandoned the whole city\" by protesters.";
    assert_ne!(speaker_of(t), Some("Ann Cole".into()));
}

#[test]
fn a_verb_of_judging_with_as_names_its_speaker() {
    let t = "The Foreign Secretary, Yvette Hall, condemned the boarding as \"a flagrant breach of international law\".";
    assert_eq!(speaker_of(t), Some("Yvette Hall".into()));
    let t = "Mayor Ann Cole dismissed the report as \"a work of fiction from start to finish\".";
    assert_eq!(speaker_of(t), Some("Ann Cole".into()));
    // With no "as" the words may be anyone's; a passive names who was judged.
    let t = "Mayor Ann Cole condemned the \"peaceful protest\" that ended in looting.";
    assert_eq!(speaker_of(t), None);
    let t = "Mayor Ann Cole was hailed as \"the saviour of the whole city\" by residents.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_name_that_qualifies_a_role_is_not_its_holder() {
    let t = "Opposition Socialist leader Pedro Nunes called the reform \"a theft dressed up as arithmetic\".";
    assert_eq!(speaker_of(t), Some("Pedro Nunes".into()));
    let t = "Visitors were ushered indoors at Wolds Valley Zoo. Zoo director Helen Marsh said: \"Our absolute priority was the safety of visitors and staff.\"";
    assert_eq!(speaker_of(t), Some("Helen Marsh".into()));
    // Two people joined by "and": the first is no role of the second.
    let t = "Ann Cole and Tom Reid said the plan was \"a very good start for the town\".";
    assert_eq!(speaker_of(t), Some("Ann Cole".into()));
}

#[test]
fn an_outlet_named_before_its_noun_speaks() {
    let t = "Iran's semi-official Tasnim news agency said the tanker had been detained for \"violating international maritime regulations\".";
    assert_eq!(speaker_of(t), Some("Tasnim".into()));
    let t = "\"The tanker was seized in our waters,\" the Tasnim news agency reported.";
    assert_eq!(speaker_of(t), Some("Tasnim".into()));
    // Before a title, the outlet is still no country's role.
    let t = "Iran's official IRNA news agency said the tanker was \"violating international maritime regulations\".";
    assert_eq!(speaker_of(t), Some("IRNA".into()));
    // A capitalized word before another noun is a modifier still.
    let t = "Forensic experts said the bullet was \"a bit deformed\", suggesting a ricochet.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_possessive_name_before_a_relation_does_not_speak() {
    let t = "Among the dead was Darren Holt, 34. \"He rang me to say he'd be home for breakfast,\" said Mr Holt's sister, Kerry.";
    assert_eq!(speaker_of(t), Some("Kerry".into()));
    // With no name after it, nobody rather than the wrong person.
    let t = "Among the dead was Darren Holt, 34. \"He rang me to say he'd be home for breakfast,\" said Mr Holt's sister.";
    assert_eq!(speaker_of(t), None);
    let t = "Darren Holt's brother said he was \"the kindest man you could ever meet\".";
    assert_eq!(speaker_of(t), None);
    let t =
        "Rui Carvalho was charged. \"My client will be cleared,\" said his lawyer, Daniel Osei.";
    assert_eq!(speaker_of(t), Some("Daniel Osei".into()));
    let t = "\"It was a miracle nobody died,\" said the boy's mother, Sarah.";
    assert_eq!(speaker_of(t), Some("Sarah".into()));
    let t = "\"We have absorbed as much as we can,\" said its managing director, Rachel Oduya.";
    assert_eq!(speaker_of(t), Some("Rachel Oduya".into()));
    // A body's person speaks, not the body.
    let t = "Yorkshire Water's Helen Marsh said: \"We are doing everything we can.\"";
    assert_eq!(speaker_of(t), Some("Helen Marsh".into()));
    // A name in the description itself speaks; what someone wrote is theirs.
    let t = "\"I want to go home but I'm scared,\" said fisherman's wife Mapahai, 35.";
    assert_eq!(speaker_of(t), Some("Mapahai".into()));
    let t = "Matthew Willoughby wrote to parents. \"Kimani should be remembered for who he was,\" Willoughby's letter continued.";
    assert_eq!(speaker_of(t), Some("Matthew Willoughby".into()));
}

#[test]
fn a_title_and_name_before_of_are_the_speaker() {
    let t = "Chief Fire Officer Helen Marsden of Humberside Fire and Rescue said: \"This was a very dangerous incident for everyone.\"";
    assert_eq!(speaker_of(t), Some("Helen Marsden".into()));
    let t = "KRA Commissioner of Customs Lilian Wambui said the cargo was declared as produce. \"The documents looked clean,\" she said.";
    assert_eq!(speaker_of(t), Some("Lilian Wambui".into()));
}

#[test]
fn asides_one_after_another_before_the_verb() {
    let t = "Claire Dobson, 38, from Bridlington, said: \"We were looking at the meerkats when a keeper ran past.\"";
    assert_eq!(speaker_of(t), Some("Claire Dobson".into()));
    let t = "Jade Olowe, 29, a care worker, said: \"My rent has gone up by a lot this year.\"";
    assert_eq!(speaker_of(t), Some("Jade Olowe".into()));
}

#[test]
fn a_bare_role_or_what_the_speaker_was_doing_between_commas() {
    let t = "Samuel Okoye, medical director, said: \"We treated 230 people at the finish line.\"";
    assert_eq!(speaker_of(t), Some("Samuel Okoye".into()));
    let t = "Sameena Rahat, visiting a monitoring station on Monday, said: \"We cannot let our children breathe this poison.\"";
    assert_eq!(speaker_of(t), Some("Sameena Rahat".into()));
}

#[test]
fn a_title_and_a_body_after_of_before_a_name() {
    let t = "Chief Inspector of Rail Accidents Helen Marsh said: \"We will not speculate on the cause.\"";
    assert_eq!(speaker_of(t), Some("Helen Marsh".into()));
    let t = "\"We were not warned about the water,\" said Mayor of Halden Katrin Obelsen.";
    assert_eq!(speaker_of(t), Some("Katrin Obelsen".into()));
}

#[test]
fn a_body_or_a_capitalized_modifier_before_a_named_speaker_does_not_speak() {
    let t = "\"We moved people early,\" Disaster Management and Relief Minister Farida Akhter told reporters.";
    assert_eq!(speaker_of(t), Some("Farida Akhter".into()));
    let t =
        "\"Embassies are among the few targets left,\" said Sahel researcher Joris van der Berg.";
    assert_eq!(speaker_of(t), Some("Joris van der Berg".into()));
}

#[test]
fn an_age_after_a_name_is_an_aside() {
    let t = "Janet Stead, 58, said: \"We got out with our coats and nothing else.\"";
    assert_eq!(speaker_of(t), Some("Janet Stead".into()));
}

#[test]
fn a_country_that_qualifies_a_role_does_not_speak() {
    let t = "Secretary of State John Kerry arrived. \"We will work for a ceasefire,\" the U.S. top diplomat said.";
    assert_eq!(speaker_of(t), Some("John Kerry".into()));
    let t = "Foreign Minister Sergei Lavrov and Vitaly Churkin arrived. \"We will work for a ceasefire,\" Russia's foreign minister said.";
    assert_eq!(speaker_of(t), Some("Sergei Lavrov".into()));
    // A role nobody holds in the article: no speaker, not the country.
    let t = "\"We will work for a ceasefire today,\" the U.S. envoy said.";
    assert_eq!(speaker_of(t), None);
    // A country on its own speaks for itself.
    let t = "\"We will work for a ceasefire today,\" Russia said.";
    assert_eq!(speaker_of(t), Some("Russia".into()));
}

#[test]
fn said_x_adding_goes_on_with_x() {
    let t = "\"Russia supports the transition,\" said John F. Kerry, adding \"We have a long way to go\".";
    let s = speakers(t);
    assert_eq!(s[1].1.as_deref(), Some("John F. Kerry"));
    // The listener of "told" and the subject of a clause after "said" do not speak.
    let t = "His sister, Mahnefah Gray, told NY1 she doubted he was grabbing his belt \"to squeeze it\" then.";
    assert_ne!(speaker_of(t), Some("NY1".into()));
    let t = "Susan Rice, U. S. Ambassador, said the Sudan government \"blatantly lied\" about it.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn asides_and_named_appositions_before_the_verb() {
    let t = "Secretary of State John Kerry arrived. Kerry, for his part, said: \"We are not there yet on a ceasefire.\"";
    assert_eq!(speaker_of(t), Some("John Kerry".into()));
    let t = "Sergei Lavrov, speaking separately, said that \"sanctions have never brought anyone to the table\".";
    assert_eq!(speaker_of(t), Some("Sergei Lavrov".into()));
    let t = "His sister, Mahnefah Gray, told NY1 she doubted he was grabbing his belt \"to squeeze it\" then.";
    assert_eq!(speaker_of(t), Some("Mahnefah Gray".into()));
    // An apposition that names no person names no speaker.
    let t = "The report, dated Monday, said the town was \"completely cut off from all aid\" then.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn she_said_passes_over_a_man_named_last() {
    let t = "Maria Lindqvist laid out the case. Defence lawyer Paul Okafor was brief. The prosecutor was unmoved. \"The documents speak for themselves,\" she said.";
    assert_eq!(speaker_of(t), Some("Maria Lindqvist".into()));
    let t = "Mayor Anna Kowalski stood by. \"We believe it was vandalism,\" he said.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_clause_after_a_conjunction_attributes_its_own_words() {
    let found = speakers(
        "Lisa Hartwell said officials were \"not on a preset course for now,\" while \
         Michael Tran said the bank was \"data dependent and watchful.\"",
    );
    assert_eq!(found[0].1.as_deref(), Some("Lisa Hartwell"), "{found:?}");
    assert_eq!(found[1].1.as_deref(), Some("Michael Tran"), "{found:?}");
}

#[test]
fn no_attribution_no_speaker() {
    let t =
        "The plan calls it “a humanitarian corridor for all the people of the city” in the text.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_bodys_role_with_the_person_in_an_apposition_is_the_persons() {
    let t = "The Food Standards Agency's head of incidents, Dr Alison Kerr, told shoppers: \"If you have bought any of these products, do not eat them.\"";
    assert_eq!(speaker_of(t), Some("Alison Kerr".into()));
    // A place's role before the verb, in an apposition after the name.
    let t = "Colin Aldous, Ipswich's harbour master, told the Courier the vessel \"lost all power about two minutes out\" from the bridge.";
    assert_eq!(speaker_of(t), Some("Colin Aldous".into()));
    let t = "Colin Aldous, Ipswich's harbour master, said the vessel \"lost all power\" before the crash.";
    assert_eq!(speaker_of(t), Some("Colin Aldous".into()));
}

#[test]
fn a_titled_name_in_an_apposition_after_said_the_role() {
    for t in [
        "\"Today we give it back to them,\" said the museum's director, Dr Helen Askew.",
        "\"Today we give it back to them,\" said the director, Dr Helen Askew.",
    ] {
        assert_eq!(speaker_of(t), Some("Helen Askew".into()), "{t}");
    }
}

#[test]
fn a_plural_possessive_inside_a_bodys_name() {
    let t = "The Citizens' Front called it \"an attack on democracy itself\".";
    assert_eq!(speaker_of(t), Some("Citizens' Front".into()));
}

#[test]
fn a_long_relative_clause_between_the_name_and_said() {
    let t = "Graeme Laidlaw, who is leading the police inquiry alongside the Health and Safety Executive, said: \"It is far too early to speculate.\"";
    assert_eq!(speaker_of(t), Some("Graeme Laidlaw".into()));
    // After an apposition, and after the closing mark.
    let t = "Tim Gorman, chief executive of the NHS Confederation, which represents hospital trusts, said: \"The pressure is relentless.\"";
    assert_eq!(speaker_of(t), Some("Tim Gorman".into()));
    let t = "\"We thought we would die,\" Pieter de Vries, a Dutch tourist who was rescued with his partner, told Italian television.";
    assert_eq!(speaker_of(t), Some("Pieter de Vries".into()));
}

#[test]
fn a_places_possessive_before_a_capitalized_role_does_not_speak() {
    let t = "Scotland's First Minister called it \"a dreadful day for Scotland\".";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_country_adjective_before_a_body_or_a_role_no_one_holds_names_it() {
    let t = "The Russian embassy said the expulsions were \"a hostile and unfounded step\".";
    assert_eq!(speaker_of(t), Some("Russian embassy".into()));
    let t = "The Danish foreign minister said the allegations \"should worry every country with infrastructure in the North Sea\".";
    assert_eq!(speaker_of(t), Some("Danish foreign minister".into()));
    // The title alone says too little of which minister.
    let t = "Lavrov, speaking separately, was more combative. \"Sanctions have never brought anyone to the negotiating table,\" the Russian minister said.";
    assert_eq!(speaker_of(t), None);
}

#[test]
fn a_quotation_joined_to_the_previous_one_in_its_sentence_is_the_same_speakers() {
    let s = |t: &str| -> Vec<Option<String>> { speakers(t).into_iter().map(|(_, s)| s).collect() };
    // A participle after a comma.
    assert_eq!(
        s(
            "Rachel Kerr described the collapse as \"a tragedy\", adding: \"Our thoughts are with every family.\""
        ),
        vec![Some("Rachel Kerr".into()), Some("Rachel Kerr".into())]
    );
    // "and", "that were"; a country's adjective before a role or a body names it.
    assert_eq!(
        s(
            "Russia's foreign ministry said the Norwegian accusations were \"absurd\" and \"part of a campaign of Russophobia\". The Danish foreign minister said the allegations \"should worry every country with infrastructure in the North Sea\"."
        ),
        vec![
            Some("foreign ministry".into()),
            Some("foreign ministry".into()),
            Some("Danish foreign minister".into())
        ]
    );
    assert_eq!(
        s(
            "The Russian embassy said the expulsions were \"a hostile and unfounded step\". Solheim said the five had engaged in \"activities incompatible with their diplomatic status\" that were \"a threat to Norwegian security.\""
        ),
        vec![
            Some("Russian embassy".into()),
            Some("Solheim".into()),
            Some("Solheim".into())
        ]
    );
    // Words that bring in someone else: not the previous speaker's.
    assert_eq!(
        s("Kelly said an \"earwitness\" heard a cop yell, \"What do you have in your hands?\""),
        vec![Some("Kelly".into()), None]
    );
}

#[test]
fn a_name_said_of_is_not_who_says() {
    // "said Mrs Ellison had walked": the one spoken of, not the speaker "she" stands for.
    let t = "Margaret Ellison, 76, died after falling on Scafell Pike on Tuesday. Mrs Ellison was a retired teacher.\n\n\
             The club's secretary, Janet Holroyd, 63, said Mrs Ellison had walked the fells for more than 50 years. \
             “Margaret knew these hills better than any of us,” she said.";
    assert_eq!(speaker_of(t), Some("Janet Holroyd".into()));
    // A name after the verb that ends its clause is still who speaks.
    let t = "Among the dead was Darren Holt, 34, said police spokesman Tom Reid. “It was chaos,” he said.";
    assert_eq!(speaker_of(t), Some("Tom Reid".into()));
}
