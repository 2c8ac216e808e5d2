//! The results settings form in words: its field names and what is wrong with what was typed
//! ([`crate::xapi::form`]).

use crate::tr;
use crate::xapi::form::{Field, FormProblem, MAX_ACCOUNT_CHARS};

/// A field's label.
pub fn field(f: Field) -> String {
    match f {
        Field::Account => tr!("results-field-account"),
        Field::Endpoint => tr!("results-field-endpoint"),
        Field::User => tr!("results-field-user"),
        Field::Password => tr!("results-field-password"),
        Field::HomePage => tr!("results-field-home-page"),
    }
}

/// What is wrong, and what to do about it.
pub fn problem(p: &FormProblem) -> String {
    match p {
        FormProblem::AccountSpaces => tr!("results-account-spaces"),
        FormProblem::AccountTooLong(n) => tr!(
            "results-account-too-long",
            length = *n,
            max = MAX_ACCOUNT_CHARS
        ),
        FormProblem::AccountIsEmail => tr!("results-account-is-email"),
        FormProblem::EndpointScheme => tr!("results-endpoint-scheme"),
        FormProblem::EndpointNoHost => tr!("results-endpoint-no-host"),
        FormProblem::EndpointSpaces => tr!("results-endpoint-spaces"),
        FormProblem::EndpointCredentials => tr!("results-endpoint-credentials"),
        FormProblem::EndpointStatements => tr!("results-endpoint-statements"),
        FormProblem::EndpointRoot => tr!("results-endpoint-root"),
        FormProblem::HomePage => tr!("results-home-page"),
        FormProblem::HalfCredentials { missing } => match missing {
            Field::Account => tr!("results-half-credentials-account"),
            Field::Endpoint => tr!("results-half-credentials-endpoint"),
            Field::User => tr!("results-half-credentials-user"),
            Field::Password => tr!("results-half-credentials-password"),
            Field::HomePage => tr!("results-half-credentials-home-page"),
        },
        FormProblem::CredentialsUnused => tr!("results-credentials-unused"),
        FormProblem::PlainHttpPassword => tr!("results-plain-http-password"),
    }
}

/// Why the save was refused.
pub fn not_saved(blocking: usize) -> String {
    tr!("results-not-saved", blocking = blocking)
}

/// What `overpromise results --csv FILE` says when it has written the file.
pub fn csv_written(rows: usize, file: &str) -> String {
    tr!("results-csv-written", rows = rows, file = file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::i18n::{Language, with_language};

    #[test]
    fn the_form_speaks_english_and_german() {
        assert_eq!(
            problem(&FormProblem::HalfCredentials {
                missing: Field::Password
            }),
            "Give the password as well, or leave both user and password empty."
        );
        assert_eq!(
            not_saved(1),
            "Not saved: one answer needs fixing (see above)."
        );
        assert_eq!(
            not_saved(3),
            "Not saved: 3 answers need fixing (see above)."
        );
        with_language(Language::German, || {
            assert_eq!(field(Field::Password), "Passwort");
            assert_eq!(
                not_saved(2),
                "Nicht gespeichert: 2 Angaben müssen korrigiert werden (siehe oben)."
            );
            assert_eq!(
                problem(&FormProblem::AccountTooLong(90)),
                format!(
                    "Die Konto-ID ist 90 Zeichen lang; höchstens {MAX_ACCOUNT_CHARS} sind möglich."
                )
            );
        });
    }
}
