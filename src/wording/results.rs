//! The results settings form in words: its field names and what is wrong with what was typed
//! ([`crate::xapi::form`]).

use crate::xapi::form::{Field, FormProblem, MAX_ACCOUNT_CHARS};

/// A field's label.
pub fn field(f: Field) -> &'static str {
    match f {
        Field::Account => "Account id",
        Field::Endpoint => "Record store",
        Field::User => "User",
        Field::Password => "Password",
        Field::HomePage => "Learning system's address",
    }
}

/// What is wrong, and what to do about it.
pub fn problem(p: &FormProblem) -> String {
    match p {
        FormProblem::AccountSpaces => {
            "The account id cannot have spaces: use letters, digits and dashes, or leave it empty for a fresh pseudonym.".into()
        }
        FormProblem::AccountTooLong(n) => format!(
            "The account id is {n} characters long; keep it to {MAX_ACCOUNT_CHARS}."
        ),
        FormProblem::AccountIsEmail => {
            "This looks like an email address: every result sent will name you. Keep it only if your company asks for it.".into()
        }
        FormProblem::EndpointScheme => {
            "The record store's address must start with https:// (or http:// on a local network), e.g. https://lrs.example.com/xapi/.".into()
        }
        FormProblem::EndpointNoHost => {
            "The record store's address names no server: write it after https://.".into()
        }
        FormProblem::EndpointSpaces => "The record store's address cannot have spaces.".into(),
        FormProblem::EndpointCredentials => {
            "Write the user and password in their own fields, not in the record store's address.".into()
        }
        FormProblem::EndpointStatements => {
            "Leave /statements off the record store's address: it is added when sending (e.g. https://lrs.example.com/xapi/).".into()
        }
        FormProblem::EndpointRoot => {
            "This address names only the server: a record store's xAPI endpoint usually has a path, such as /xapi/ or /data/xAPI/ (its settings page shows it).".into()
        }
        FormProblem::HomePage => {
            "The learning system's address must start with https:// or http://, e.g. https://lms.example.com/.".into()
        }
        FormProblem::HalfCredentials { missing } => format!(
            "Give the {} as well, or leave both user and password empty.",
            field(*missing).to_lowercase()
        ),
        FormProblem::CredentialsUnused => {
            "A user and password are kept but not used until a record store is given.".into()
        }
        FormProblem::PlainHttpPassword => {
            "Over http:// the password travels unencrypted: use https:// unless the store is on your own network.".into()
        }
    }
}

/// Why the save was refused.
pub fn not_saved(blocking: usize) -> String {
    match blocking {
        1 => "Not saved: one answer needs fixing (see above).".into(),
        n => format!("Not saved: {n} answers need fixing (see above)."),
    }
}
