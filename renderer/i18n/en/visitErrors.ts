// Words for the error keys of the visit, next-step and yearly-purchase calls (shared/visits, electron/service/visit*.ts).
export default {
  error: {
    notFound: { visit: 'This visit no longer exists. It may have been deleted.' },
    enum: {
      visitKind: 'Choose one of the visit kinds in the list.',
      visitStatus: 'Choose planned or logged.',
      nextStepOwner: 'Choose who does the next step: us or them.',
    },
    visit: {
      attendeesRequired: 'Choose at least one person of the account who attended.',
      tooManyAttendees: 'That is too many attendees for one visit.',
      duplicateAttendee: 'A person is listed twice among the attendees.',
      attendeeNotInAccount: 'This person belongs to another account. Choose people of this account.',
      budgetOwnerNotInAccount: 'The budget owner must be a person of this account.',
      loggedInFuture: 'A visit can only be logged once it has happened (today is {{today}}). Save it as planned instead.',
      plannedHasOutcome: 'A planned visit has no next step yet. Log the visit to agree one.',
      plannedStance: 'Stances change after a visit is held. Log the visit to record a stance.',
      nextStepRequired: 'Every visit should set up the next one: enter the next step, or say why there is none.',
      nextStepAndNoNextStep: 'Enter either a next step or a reason for having none, not both.',
      nextStepBeforeVisit: 'The next step cannot be due before the visit ({{date}}).',
      noNextStep: 'This visit has no next step to mark as done.',
      doneBeforeVisit: 'A next step cannot be done before its visit ({{date}}).',
      amountInvalid: 'Enter an amount of zero or more.',
      currencyInvalid: 'Enter a three-letter currency code, such as CNY or USD.',
      hoursInvalid: 'Enter the hours as a number of zero or more.',
      yearInvalid: 'Enter a year such as 2026.',
      duplicateYear: 'Each year can be listed only once.',
      planNotPlanned: 'This visit has already been logged. Plan a new visit to prepare it.',
      planOtherAccount: 'This visit belongs to another account.',
      tooManyYears: 'That is too many years.',
    },
  },
};
