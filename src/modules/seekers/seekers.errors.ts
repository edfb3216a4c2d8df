/** The seekers module's failures, worded once so the API says the same thing everywhere. */
import { AppError } from '../../platform/errors.js';

export const SeekerErrors = {
  // Missing, foreign and invisible seekers answer alike, so existence never leaks.
  seekerNotFound: () => AppError.notFound('seeker'),
  consentNotFound: () => AppError.notFound('consent'),
  staffNotFound: () => AppError.notFound('staff member'),

  emailTaken: () => new AppError('CONFLICT', 'A seeker with that email already exists.', ['email']),
  handleTaken: () =>
    new AppError('CONFLICT', 'That X handle is already linked to another seeker.', ['handle']),
  consentRace: () =>
    new AppError('CONFLICT', 'That consent changed at the same moment; try again.', ['kind']),

  seatLimit: (seatLimit: number) =>
    new AppError(
      'SEAT_LIMIT_REACHED',
      `All ${seatLimit} seats are in use; archive a seeker or raise the licence.`,
    ),
  licenseEnded: (termEnd: string) =>
    new AppError(
      'INVALID_STATE',
      `The licence term ended on ${termEnd}; renew it before activating seekers.`,
    ),
  consentMissing: () =>
    new AppError('INVALID_STATE', "Record the seeker's consent to link an X handle first."),
  cannotCoach: () => AppError.badInput('That staff member cannot coach.', ['staffMemberId']),
  assignedToMeNeedsPerson: () =>
    AppError.badInput(
      'Only a person has assigned seekers; leave out assignedToMe when using an API key.',
      ['assignedToMe'],
    ),

  notesForbidden: () => new AppError('FORBIDDEN', 'Coach notes are for staff only.'),
  readOnly: () => new AppError('FORBIDDEN', 'Your role can read seekers but not change them.'),
  managersOnly: () => new AppError('FORBIDDEN', 'Only owners and admins assign coaches.'),
} as const;
