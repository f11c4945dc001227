//! One run through the self-check: the answers so far, in the order given. Plain data.

use super::Questionnaire;
use super::answers::{Answer, Answers};

/// A self-check in progress (or finished, until a new one starts).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Session {
    /// Whether the user pressed Start.
    pub started: bool,
    /// Answers by question id.
    pub answers: Answers,
    /// Question ids in the order answered (for "Previous question").
    pub order: Vec<String>,
    /// Whether the finished result was saved to progress.
    pub recorded: bool,
    /// A saved check being looked at from the history (index into progress).
    pub viewing: Option<usize>,
}

impl Session {
    /// A fresh session, started at once.
    pub fn start() -> Self {
        Self {
            started: true,
            ..Self::default()
        }
    }

    /// Answers a question (replacing an earlier answer to it).
    pub fn answer(&mut self, question: &str, answer: Answer) {
        self.order.retain(|q| q != question);
        self.order.push(question.to_owned());
        self.answers.insert(question.to_owned(), answer);
    }

    /// Takes back the last answer.
    pub fn back(&mut self) {
        if let Some(last) = self.order.pop() {
            self.answers.remove(&last);
        }
        self.recorded = false;
    }

    /// Whether every asked question is answered (or a warning sign ended the check).
    pub fn is_finished(&self, questionnaire: &Questionnaire) -> bool {
        self.started && questionnaire.next_question(&self.answers).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_takes_back_the_last_answer_only() {
        let mut session = Session::start();
        session.answer("a", Answer::Choice("no".into()));
        session.answer("b", Answer::Scale(4));
        session.back();
        assert!(session.answers.contains_key("a"));
        assert!(!session.answers.contains_key("b"));
        session.answer("a", Answer::Choice("yes".into()));
        assert_eq!(session.order, vec!["a".to_owned()]);
    }
}
