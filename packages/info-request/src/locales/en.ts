import type { InfoRequestMessages } from './es.js';

/** Messages of @minga/info-request in English. */
export const en: InfoRequestMessages = {
  'request.title': 'Ask for public information',
  'request.intro':
    'You have the right to ask {institution} for public information. It is free and you do not have to say why you want it.',
  'request.introDeadline':
    'The institution must answer within {days} days. If it gives a reason, it can extend the deadline once, by {extensionDays} more days.',
  'request.institutionFallback': 'this institution',
  'request.requiredNote': 'Every answer is required, except those marked “optional”.',
  'request.preview.banner':
    'Preview: this form sends nothing. Use it to try the form or to show it.',
  'request.preview.receipt': 'This is a sample receipt: the request was not sent anywhere.',
  'request.preview.code': 'SAMPLE',
  'request.draft.restored': 'We recovered what you wrote on {date}.',
  'request.draft.reattach': 'Attach the file “{name}” again: files are not kept in the draft.',
  'request.draft.discard': 'Discard draft',
  'request.draft.discarded': 'We deleted the draft. The form is empty.',

  'request.who.legend': 'Who is asking',
  'request.requesterType.legend': 'You are asking as',
  'request.requesterType.person': 'A private individual',
  'request.requesterType.organization': 'An organisation (company, association, group)',
  'request.name.label': 'Full name',
  'request.name.labelOrganization': 'Name of the organisation',
  'request.contactName.label': 'Your full name',
  'request.contactName.hint': 'The person making the request for the organisation.',
  'request.idType.legend': 'Identity document',
  'request.idType.cedula': 'Cédula (Ecuadorian ID card)',
  'request.idType.ruc': 'RUC (tax number)',
  'request.idType.passport': 'Passport',
  'request.idNumber.label': 'Document number',
  'request.idNumber.hint.cedula': '10 digits, no hyphens. For example: 1714307103.',
  'request.idNumber.hint.ruc': '13 digits. For example: 1792060346001.',
  'request.idNumber.hint.passport': 'Letters and numbers, as they appear in the passport.',
  'request.email.label': 'Email address',
  'request.email.hint': 'The institution will send the answer here.',
  'request.phone.label': 'Phone number',
  'request.phone.hint': 'In case they need to ask you something.',
  'request.address.label': 'Address',
  'request.onBehalf.label': 'I am asking on behalf of another person or organisation',
  'request.representedName.label': 'Name of the person or organisation you represent',
  'request.proof.label': 'A document that shows you can represent them',
  'request.proof.labelOrganization': 'A document that shows you can act for the organisation',
  'request.proof.hint':
    'A power of attorney, appointment or signed authorisation. A PDF, JPG or PNG file up to {max}.',
  'request.proof.attached': 'Attached file: {name} ({size})',
  'request.proof.remove': 'Remove the file',
  'request.proof.reading': 'Reading the file…',
  'request.optional': '(optional)',

  'request.what.legend': 'What information you need',
  'request.description.label': 'Describe the information you are asking for',
  'request.description.hint':
    'Be as precise as you can: which document or data, on what subject, from which dates. You do not have to say why you want it.',
  'request.description.examples': 'See examples',
  'request.description.example1':
    'The waste collection contracts signed in 2025, with their amounts.',
  'request.description.example2':
    'The 2026 public works budget for the La Floresta neighbourhood and how much has been spent so far.',
  'request.description.example3':
    'The minutes of the Municipal Council meetings from January to March 2026.',
  'request.description.count': '{count} of {max} characters',
  'request.description.over': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },

  'request.how.legend': 'How you want to receive it',
  'request.delivery.legend': 'Delivery',
  'request.delivery.email': 'By email, as digital files',
  'request.delivery.pickup': 'Paper copies, picked up in person at the institution',
  'request.format.label': 'Preferred file format',
  'request.format.hint':
    'If the institution holds the information in another format, it will send it that way.',
  'request.format.any': 'However the institution holds it',
  'request.format.csv': 'CSV (open data, for spreadsheets)',
  'request.format.xlsx': 'Excel (XLSX)',
  'request.format.pdf': 'PDF',
  'request.format.docx': 'Text document (DOCX)',

  'request.declaration.legend': 'Declaration and personal data',
  'request.privacy':
    'We use your personal data (name, document, email, phone and address) only to handle this request and answer you, as Ecuador’s Personal Data Protection Law requires. It is never published.',
  'request.privacy.draft':
    'While you write, the form keeps a draft on this device only. It is deleted once the institution confirms it received your request.',
  'request.declaration.label': 'I declare that the information I gave is true.',

  'request.continue': 'Continue',
  'request.errorSummary.title': 'There is a problem',
  'request.errorPrefix': 'Error:',

  'request.review.title': 'Check your answers before sending',
  'request.review.change': 'Change',
  'request.review.notGiven': 'Not given',
  'request.review.id': 'Document',
  'request.review.onBehalf': 'On behalf of',
  'request.review.proof': 'Proof of representation',
  'request.review.declaration': 'You declared that your information is true.',
  'request.send': 'Send request',
  'request.back': 'Back to the form',
  'request.sending': 'Sending your request…',

  'request.failure.title': 'Your request has not been sent yet',
  'request.failure.network':
    'We could not reach the institution’s server. It may be your internet connection or the server.',
  'request.failure.timeout': 'The institution’s server took too long to answer.',
  'request.failure.rateLimited':
    'The institution’s server is receiving too many requests right now.',
  'request.failure.server': 'The institution’s server had a problem (error {status}).',
  'request.failure.badResponse':
    'The server answered something we did not expect. The site may be misconfigured.',
  'request.failure.cancelled': 'The page stopped the submission.',
  'request.failure.kept': 'What you wrote is still saved on this device: you will not lose it.',
  'request.failure.keptNoDraft': 'What you wrote stays here as long as you do not close this page.',
  'request.failure.autoRetry': {
    one: 'We will try again in {count} second.',
    other: 'We will try again in {count} seconds.',
  },
  'request.failure.whenOnline': 'We will try again as soon as the connection is back.',
  'request.failure.noDuplicate': 'However many times you try, the institution gets one request.',
  'request.failure.retry': 'Try again',
  'request.failure.changedTitle': 'An earlier attempt may have arrived',
  'request.failure.changed':
    'We tried to send your request before you changed the form, and could not tell whether it arrived. The institution may have received that version.',
  'request.failure.changedNext':
    'If you send this version, the institution will receive it as a new request, besides the earlier one if it arrived.',
  'request.failure.sendAsNew': 'Send as a new request',
  'request.failure.invalid': 'The server found answers to correct. We marked them in the form.',

  'request.receipt.title': 'We received your request',
  'request.receipt.code': 'Your request code',
  'request.receipt.accessKey': 'Access key',
  'request.receipt.accessKeyHint':
    'With the code and this key, or your email, you can check how your request is going. Keep it.',
  'request.receipt.received': 'Received',
  'request.receipt.due': 'Answer due',
  'request.receipt.extended': 'If the institution extends the deadline',
  'request.receipt.until': 'by {date}',
  'request.receipt.next.title': 'What happens next',
  'request.receipt.next.1': '{institution} reviews your request and answers the way you chose.',
  'request.receipt.next.2':
    'If it needs more time, it must tell you why. The deadline can be extended only once.',
  'request.receipt.next.3':
    'If you get no answer in time, or they do not give you the information, you can ask the Defensoría del Pueblo (Ombudsman) for help.',
  'request.receipt.rights':
    'Public information belongs to you: you can search for it, ask for it, receive it, copy it, analyse it, reuse it and share it.',
  'request.receipt.status': 'Check the status of your request',
  'request.receipt.portal': 'National Transparency Portal (Defensoría del Pueblo)',
  'request.receipt.print': 'Print',
  'request.receipt.download': 'Download receipt',
  'request.receipt.new': 'Make another request',
  'request.receipt.fileName': 'request-receipt-{code}.txt',

  'request.error.required': 'Fill in this answer.',
  'request.error.invalid': 'Check this answer.',
  'request.error.too_long': 'Use {max} characters or fewer.',
  'request.error.requesterType.required':
    'Choose whether you ask as an individual or an organisation.',
  'request.error.name.required': 'Enter your full name.',
  'request.error.name.too_long': 'The name can have up to {max} characters.',
  'request.error.contactName.required':
    'Enter the name of the person making the request for the organisation.',
  'request.error.idType.required': 'Choose the type of document.',
  'request.error.idNumber.required': 'Enter your document number.',
  'request.error.idNumber.cedula': 'That cédula number is not valid. Check the 10 digits.',
  'request.error.idNumber.ruc': 'That RUC number is not valid. Check the 13 digits.',
  'request.error.idNumber.passport': 'A passport number has 5 to 20 letters or digits.',
  'request.error.email.required': 'Enter your email address.',
  'request.error.email.email': 'Enter a full email address, like name@example.com.',
  'request.error.phone.phone': 'Enter a phone number with 7 to 15 digits, like 0991234567.',
  'request.error.representedName.required':
    'Enter the name of the person or organisation you represent.',
  'request.error.proof.required': 'Attach a document that shows you can represent them.',
  'request.error.proof.file_type': 'The file must be a PDF, JPG or PNG.',
  'request.error.proof.file_too_large': 'The file is {size}. The largest allowed is {max}.',
  'request.error.description.required': 'Describe the information you need.',
  'request.error.description.too_short':
    'Describe the information in at least {min} characters, so they know what to look for.',
  'request.error.description.too_long':
    'The description has {count} characters and the maximum is {max}. Shorten it or make two requests.',
  'request.error.delivery.required': 'Choose how you want to receive the information.',
  'request.error.format.required': 'Choose a file format.',
  'request.error.declaration.required': 'Tick the declaration to send your request.',

  'status.title': 'Check a request',
  'status.intro':
    'Enter the code on your receipt and your email, or the access key, to see how it is going.',
  'status.code.label': 'Request code',
  'status.code.hint': 'It is on your receipt. For example: SAIP-2026-000123.',
  'status.secret.label': 'Email address or access key',
  'status.secret.hint': 'The email you used for the request, or the access key on your receipt.',
  'status.submit': 'Check',
  'status.loading': 'Looking for your request…',
  'status.error.code.required': 'Enter the request code.',
  'status.error.secret.required': 'Enter your email or the access key.',
  'status.notFound':
    'We found no request with that code and that email or key. Check the details on your receipt.',
  'status.result': 'Request {code}',
  'status.current': 'Status',
  'status.due': 'Answer due',
  'status.extendedDue': 'Extended deadline',
  'status.overdue': 'Overdue: the deadline ended on {date} and the institution has not answered.',
  'status.onTime': 'Within the deadline',
  'status.history': 'History',
  'status.note': 'Reason: {note}',
  'status.answer': 'See the answer',
  'status.label.received': 'Received',
  'status.label.in_progress': 'Awaiting response',
  'status.label.extended': 'Deadline extended',
  'status.label.answered': 'Answered: information given',
  'status.label.partially_answered': 'Partly answered',
  'status.label.not_held': 'The institution does not hold this information',
  'status.label.refused': 'Refused',
  'status.label.withdrawn': 'Withdrawn by the requester',
};
