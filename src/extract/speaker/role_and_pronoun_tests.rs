use crate::extract::people::quote_speakers;

fn speakers(text: &str) -> Vec<Option<String>> {
    quote_speakers(text)
        .into_iter()
        .map(|(_, s)| s.map(|s| s.name))
        .collect()
}

fn one(name: &str) -> Vec<Option<String>> {
    vec![Some(name.to_string())]
}

#[test]
fn a_pronoun_after_two_people_is_the_one_who_spoke_or_nobody() {
    // Two men named, neither speaking: "he" is nobody.
    assert_eq!(
        speakers(
            "Carvalho's lawyer, Pedro Nunes, met reporters with the bank's chairman, Jorge Matos. “My client will be cleared of every charge,” he said."
        ),
        vec![None]
    );
    // The one who speaks in that sentence goes on speaking.
    assert_eq!(
        speakers(
            "The girl, identified as Yolanda Mandofi, died, said local hospital director Hengky Tewu. “Our ambulances are picking up two more people,” he said."
        ),
        one("Hengky Tewu")
    );
    // "she" is the one the article tells is a woman.
    assert_eq!(
        speakers(
            "Prosecutor Ana Ferreira told the court the bank lost the money because Carvalho approved the transfers. “He treated the accounts as his own wallet,” she said."
        ),
        one("Ana Ferreira")
    );
    // One man named: he.
    assert_eq!(
        speakers(
            "Rui Carvalho rejected the charges on Tuesday. “I never took a cent that was not mine,” he said."
        ),
        one("Rui Carvalho")
    );
}

#[test]
fn a_pronoun_after_a_speaker_named_with_an_age_is_that_speaker() {
    // A business's possessive names no rival: its owner, who speaks past an age, goes on.
    assert_eq!(
        speakers(
            "The Kwik Stop's owner, Harjit Sandhu, 61, said he would share the bonus. “They work hard, they deserve it,” he said."
        ),
        one("Harjit Sandhu")
    );
    // Nobody speaks in the sentence before: nobody.
    assert_eq!(
        speakers(
            "Tom Reid met Harjit Sandhu, 61, at the shop. “They work hard, they deserve it,” he said."
        ),
        vec![None]
    );
    // Past an age, a verb with its subject after it is not the name's before.
    assert_eq!(
        speakers(
            "Among the dead was Darren Holt, 34, said police spokesman Tom Reid. “We are still searching the river,” he said."
        ),
        one("Tom Reid")
    );
}

#[test]
fn a_pronoun_after_an_unnamed_speaker_is_nobody() {
    assert_eq!(
        speakers(
            "Samir Hanna flew home. A ministry spokesman said further talks were possible. “The door remains open to both sides,” he said."
        ),
        vec![None]
    );
    assert_eq!(
        speakers(
            "Samir Hanna flew home. Further talks were possible, said a ministry spokesman. “The door remains open to both sides,” he added."
        ),
        vec![None]
    );
    // Someone named inside a quotation is no new speaker.
    assert_eq!(
        speakers(
            "Sarah Pennington founded the group. “I have waited to hear a judge say it,” she told the Gazette."
        ),
        one("Sarah Pennington")
    );
    assert_eq!(
        speakers(
            "Sarah Pennington founded the group. \"I have waited to hear a judge say it,\" she told the Gazette."
        ),
        one("Sarah Pennington")
    );
    // An apposition is no new speaker; "he said, an officer stopped him" neither.
    assert_eq!(
        speakers(
            "Tomas Berg, a police spokesman, spoke on Monday. “We have found nothing so far,” he said."
        ),
        one("Tomas Berg")
    );
    assert_eq!(
        speakers(
            "His barber, Julian Clark, concurred. Two years before, he said, an officer stopped him. “They go after innocent people too,” he said."
        ),
        one("Julian Clark")
    );
}

#[test]
fn an_age_a_body_noun_and_an_apposed_role_name_their_one_holder() {
    assert_eq!(
        speakers(
            "Rui Carvalho, 45, is accused of fraud. “I never took a cent that was not mine,” the 45-year-old told the court."
        ),
        one("Rui Carvalho")
    );
    // Two people of that age: nobody.
    assert_eq!(
        speakers(
            "Rui Carvalho, 45, and Pedro Nunes, 45, are accused of fraud. “I never took a cent that was not mine,” the 45-year-old told the court."
        ),
        vec![None]
    );
    assert_eq!(
        speakers(
            "The Ethiopian Water Agency runs the dam. “No country downstream will lose a single drop,” the agency said."
        ),
        one("Ethiopian Water Agency")
    );
    assert_eq!(
        speakers(
            "The Ethiopian Water Agency and the Nile Basin Agency met. “No country downstream will lose a single drop,” the agency said."
        ),
        vec![None]
    );
    assert_eq!(
        speakers(
            "The prosecutor, Ana Ferreira, spoke first. “He treated the accounts like his own wallet,” the prosecutor said."
        ),
        one("Ana Ferreira")
    );
    assert_eq!(
        speakers(
            "“The guns must stay silent for 72 hours,” said the Saudi mediator, Faisal al-Rashid."
        ),
        one("Faisal al-Rashid")
    );
}

#[test]
fn a_role_given_in_an_apposition_names_its_one_holder_every_time_it_speaks() {
    // The role before the name, asked by two quotations (read once, then remembered for
    // the article); the text before holds letters of more than one byte.
    assert_eq!(
        speakers(
            "Judge Maria Kovács opened the trial. The prosecutor, Ana Ferreira, said the money was moved over four years. \"He treated the accounts like his own wallet,\" the prosecutor said. \"The money is gone,\" the prosecutor said."
        ),
        vec![
            Some("Ana Ferreira".to_string()),
            Some("Ana Ferreira".to_string())
        ]
    );
    // The role after the name.
    assert_eq!(
        speakers(
            "Ana Ferreira, the prosecutor, said the money was moved over four years. \"He treated the accounts like his own wallet,\" the prosecutor said."
        ),
        one("Ana Ferreira")
    );
}

#[test]
fn a_pronoun_passes_over_names_that_are_no_person() {
    // A company's name before its noun, and a title no list held ("Group Manager"): "She" is
    // the woman who spoke last, not the company.
    assert_eq!(
        speakers(
            "The fire hit the Parcelway Logistics depot. Group Manager Helen Ashdown said crews had faced \"extremely difficult conditions\". She added: \"Without their courage, this would have been far worse.\""
        ),
        vec![Some("Helen Ashdown".into()), Some("Helen Ashdown".into())]
    );
    // A body's name ("Logistics") is no "she", and "Freeholder" is a title, not a name.
    assert_eq!(
        speakers(
            "In a statement, Mercer Logistics said operations were unaffected.\n\nUnion County Freeholder Angela Ruiz said the news was \"a sad day\" for the county. \"He gave a lot of people good jobs,\" she said."
        ),
        vec![Some("Angela Ruiz".into()), Some("Angela Ruiz".into())]
    );
    // A place a flood swept through is no person, and "The owner" names nobody.
    assert_eq!(
        speakers(
            "The water swept through Camping Les Saules. The owner said the site had never been flooded. \"In 30 years I have never seen the river like this,\" he said."
        ),
        vec![None]
    );
    // "the Federal Reserve's meeting" is a body's.
    assert_eq!(
        speakers(
            "Michael Osei, a portfolio manager, noted that the auction came before the Federal Reserve's meeting. \"You had a market already on the back foot,\" he said."
        ),
        one("Michael Osei")
    );
    // A credit line's outlet ("TRT World") is no person: "he" is who spoke before it.
    assert_eq!(
        speakers(
            "Seven children were killed, SOHR head Rami Abdel Rahman said. (TRT World and Agencies) \"The toll jumped because so many people died of their wounds,\" he added."
        ),
        one("Rami Abdel Rahman")
    );
}

#[test]
fn a_pronoun_with_no_person_before_it_is_the_lone_name_that_opened_a_sentence() {
    // "a Park Ridge banquet hall" is a place's name before a noun; Brannigan, named by his
    // surname alone, is who spoke.
    assert_eq!(
        speakers(
            "Brannigan addressed a crowd at a Park Ridge banquet hall. \"The voters have spoken,\" he said."
        ),
        one("Brannigan")
    );
    // A plural opening a sentence is nobody.
    assert_eq!(
        speakers("Residents gathered outside the hall. \"The voters have spoken,\" he said."),
        vec![None]
    );
}

#[test]
fn a_verb_right_after_the_named_person_brings_in_nobody() {
    // "declared a state of calamity" is the governor's act, not "said a spokesman".
    assert_eq!(
        speakers(
            "Gov. Alexander Pimentel declared a state of calamity in the province on Thursday morning. \"Our priority now is the people in the evacuation centres,\" he said."
        ),
        one("Alexander Pimentel")
    );
    // After a quotation, "said a spokesman" still brings in someone unnamed.
    assert_eq!(
        speakers(
            "Gov. Alexander Pimentel visited the site. \"The dam held,\" said a provincial spokesman. \"We will rebuild,\" he said."
        ),
        vec![None, None]
    );
}

#[test]
fn an_office_the_previous_speaker_does_not_hold_is_someone_else() {
    // Round 25: the prime minister's words were given to the president quoted before.
    assert_eq!(
        speakers(
            "“The people must decide,” President Helena Moura said. “Portugal did not need this crisis,” the prime minister said."
        ),
        vec![Some("Helena Moura".to_string()), None]
    );
    // The office the previous speaker holds goes on with her.
    assert_eq!(
        speakers(
            "“We will rebuild,” said President Helena Moura. “Every house will stand again,” the president said."
        ),
        vec![Some("Helena Moura".to_string()); 2]
    );
}

#[test]
fn a_pronoun_after_an_unnamed_person_speaking_is_not_the_last_name() {
    assert_eq!(
        speakers(
            "“It was chaos,” said Jenna Haugen. A nurse said staff were checking every dose. “We are one typo away from disaster,” she said."
        ),
        vec![Some("Jenna Haugen".to_string()), None]
    );
    assert_eq!(
        speakers(
            "“It was chaos,” said Jenna Haugen, a nurse at the hospital. “We are one typo away from disaster,” she said."
        ),
        vec![Some("Jenna Haugen".to_string()); 2]
    );
}

#[test]
fn a_pronoun_of_the_other_sex_than_the_last_speaker_is_someone_else() {
    // "she" after the name tells Moura is a woman; "he" is then nobody named.
    assert_eq!(
        speakers(
            "Moura said she would dissolve parliament. “The people must decide,” she said. The outgoing prime minister was combative. “Portugal did not need this crisis,” he said."
        ),
        vec![Some("Moura".to_string()), None]
    );
    // A first name tells it too.
    assert_eq!(
        speakers(
            "President Helena Moura said she would dissolve parliament. “The people must decide,” she said. The outgoing prime minister was combative. “Portugal did not need this crisis,” he said."
        ),
        vec![Some("Helena Moura".to_string()), None]
    );
}

#[test]
fn a_pronoun_goes_to_a_speaker_past_an_aside_or_an_apposition_not_to_a_place() {
    // A participle's aside: the place it names does not speak.
    assert_eq!(
        speakers(
            "Energy Minister Carolina Vidal, speaking at La Moneda, said the cause was technical. \"This was not a cyberattack,\" she said."
        ),
        one("Carolina Vidal")
    );
    // The name closing an apposition speaks; the place of its role does not.
    assert_eq!(
        speakers(
            "The mayor of Valea Mare, Gheorghe Popa, said he had called. \"They told me it was under control,\" he said."
        ),
        one("Gheorghe Popa")
    );
    assert_eq!(
        speakers(
            "Gheorghe Popa, the mayor of Valea Mare, said he had called. \"They told me it was under control,\" he said."
        ),
        one("Gheorghe Popa")
    );
    assert_eq!(
        speakers(
            "Delane's attorney, Evan Strasser, said the defense would appeal. \"This jury was asked to treat every projection as a lie,\" he said."
        ),
        one("Evan Strasser")
    );
}

#[test]
fn a_second_clause_of_one_speaker_keeps_the_speaker() {
    assert_eq!(
        speakers(
            "Claudia Weiss said the strike was \"completely disproportionate\" and that the company's offer was \"generous by any standard in the industry\"."
        ),
        vec![
            Some("Claudia Weiss".to_string()),
            Some("Claudia Weiss".to_string())
        ]
    );
    // Someone new named in between speaks for themselves.
    let s = speakers(
        "Claudia Weiss said the strike was \"completely disproportionate\" and Hans Berg said it was \"long overdue after years of waiting\".",
    );
    assert_ne!(s.get(1), Some(&Some("Claudia Weiss".to_string())), "{s:?}");
}
