/**
 * The request body of the HTTP contract, its validation (valibot) and its localized error
 * messages. DOM-free: the request service validates with the same code as the form.
 */
import {
  boolean,
  check,
  email,
  forward,
  integer,
  literal,
  maxLength,
  minValue,
  number,
  object,
  optional,
  partialCheck,
  picklist,
  pipe,
  regex,
  safeParse,
  string,
  transform,
  trim,
  type GenericSchema,
} from 'valibot';
import { checkId, ID_TYPES, normalizeId, type IdType } from './ids.js';
import { formatBytes, formatMessage, hasMessage } from './text.js';

/** Whether the requester is a natural person or an organisation (a legal person). */
export type RequesterType = 'person' | 'organization';
/** How the answer is delivered: by email (digital files) or paper copies picked up in person. */
export type DeliveryMethod = 'email' | 'pickup';
/** The file format the requester prefers for digital delivery. */
export type FileFormat = 'any' | 'csv' | 'xlsx' | 'pdf' | 'docx';

export const REQUESTER_TYPES: readonly RequesterType[] = ['person', 'organization'];
export const DELIVERY_METHODS: readonly DeliveryMethod[] = ['email', 'pickup'];
export const FILE_FORMATS: readonly FileFormat[] = ['any', 'csv', 'xlsx', 'pdf', 'docx'];
/** MIME types accepted for the proof of representation. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** Limits of the request body; a service may pass others through {@link ValidationOptions}. */
export const REQUEST_LIMITS = {
  nameMax: 200,
  addressMax: 500,
  emailMax: 254,
  descriptionMin: 10,
  /** Characters (Unicode code points, so an emoji counts once). */
  descriptionMax: 10_000,
  /** Bytes of the attached file before base64 encoding. */
  attachmentMaxBytes: 5_000_000,
} as const;

/** An attached file, carried inside the JSON body as base64 (no `data:` prefix). */
export interface RequestAttachment {
  /** The file name as the requester's device gave it. */
  name: string;
  /** `application/pdf`, `image/jpeg` or `image/png`. */
  type: (typeof ATTACHMENT_TYPES)[number];
  /** Size in bytes before encoding. */
  size: number;
  /** The file's bytes, base64-encoded. */
  data: string;
}

/** The JSON body of `POST {endpoint}`. */
export interface InfoRequest {
  requesterType: RequesterType;
  /** The person's full name, or the organisation's name. */
  name: string;
  /** For organisations: the person who writes on its behalf. */
  contactName?: string;
  idType?: IdType;
  /** Digits only for cédula and RUC (spaces and hyphens removed), upper-case for passports. */
  idNumber?: string;
  email: string;
  phone?: string;
  address?: string;
  /** Whether a person asks on behalf of someone else. */
  onBehalf: boolean;
  /** Whom they represent (when `onBehalf`). */
  representedName?: string;
  /** Proof of representation: required when `onBehalf` or for organisations. */
  proof?: RequestAttachment;
  /** What information is asked for. No field asks why. */
  description: string;
  delivery: DeliveryMethod;
  /** Preferred format for digital delivery (required when `delivery` is `email`). */
  format?: FileFormat;
  /** The signed declaration that the data is true. */
  declaration: true;
  /** The institution named on the form (the `institution` attribute). */
  institution?: string;
  /** The language the requester used (`es`, `en`…), for the answer's wording. */
  lang?: string;
}

/** The fields of {@link InfoRequest} in the order the form shows them (and the error summary lists them). */
export const REQUEST_FIELDS = [
  'requesterType',
  'name',
  'contactName',
  'idType',
  'idNumber',
  'email',
  'phone',
  'address',
  'onBehalf',
  'representedName',
  'proof',
  'description',
  'delivery',
  'format',
  'declaration',
] as const;

/** A field of the request body. */
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** Options of {@link requestSchema} and {@link validateRequest}. */
export interface ValidationOptions {
  /** Whether the ID number is required (default `true`). When optional, a given one is still checked. */
  requireId?: boolean;
  /** Largest attachment, in bytes before encoding (default 5 MB). */
  maxAttachmentBytes?: number;
  /** Longest description, in characters (default 10 000). */
  descriptionMax?: number;
}

/** One validation error: the shape of each item of the contract's `422 { errors: [...] }`. */
export interface FieldError {
  /** The body field (`email`, `idNumber`…), or `''` for the body as a whole. */
  field: string;
  /** A stable code: `required`, `email`, `cedula`, `ruc`, `passport`, `phone`, `too_short`, `too_long`, `file_type`, `file_too_large`, `invalid`. */
  code: string;
  /** A plain-language message in the requested language. */
  message: string;
  /** Values the message uses (`max`, `count`…), so a client can word it again. */
  params?: Record<string, string | number>;
}

const chars = (text: string): number => [...text].length;
const PHONE = /^\+?[\d\s().-]+$/;

/** Whether a phone number is plausible: digits, spaces and `+ ( ) - .`, 7 to 15 digits. */
export function isPlausiblePhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= 7 && digits <= 15;
}

/** Bytes a base64 string decodes to. */
export function base64Size(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length / 4) * 3 - padding;
}

const text = (max: number) =>
  pipe(
    string('required'),
    trim(),
    check((s: string) => chars(s) <= max, 'too_long'),
  );
const optionalText = (max: number) => optional(text(max), '');

/** The valibot schema of the request body. Its output is trimmed and normalized. */
export function requestSchema(options: ValidationOptions = {}) {
  const requireId = options.requireId ?? true;
  const maxBytes = options.maxAttachmentBytes ?? REQUEST_LIMITS.attachmentMaxBytes;
  const descriptionMax = options.descriptionMax ?? REQUEST_LIMITS.descriptionMax;
  const attachment = pipe(
    object(
      {
        name: pipe(string('required'), maxLength(255, 'invalid')),
        type: picklist(ATTACHMENT_TYPES, 'file_type'),
        size: pipe(
          number('invalid'),
          integer('invalid'),
          minValue(1, 'invalid'),
          check((n: number) => n <= maxBytes, 'file_too_large'),
        ),
        data: pipe(
          string('required'),
          check((d: string) => d.length <= Math.ceil(maxBytes / 3) * 4, 'file_too_large'),
          regex(/^[A-Za-z0-9+/]*={0,2}$/, 'invalid'),
        ),
      },
      'required',
    ),
    check((file) => base64Size(file.data) === file.size, 'invalid'),
  );
  return pipe(
    object(
      {
        requesterType: picklist(REQUESTER_TYPES, 'required'),
        name: pipe(
          text(REQUEST_LIMITS.nameMax),
          check((s: string) => s !== '', 'required'),
        ),
        contactName: optionalText(REQUEST_LIMITS.nameMax),
        idType: optional(picklist(ID_TYPES, 'required')),
        idNumber: optional(pipe(string('invalid'), trim(), transform(normalizeId)), ''),
        email: pipe(
          string('required'),
          trim(),
          check((s: string) => s !== '', 'required'),
          maxLength(REQUEST_LIMITS.emailMax, 'too_long'),
          email('email'),
        ),
        phone: optional(
          pipe(
            string('phone'),
            trim(),
            check((s: string) => s === '' || isPlausiblePhone(s), 'phone'),
          ),
          '',
        ),
        address: optionalText(REQUEST_LIMITS.addressMax),
        onBehalf: optional(boolean('invalid'), false),
        representedName: optionalText(REQUEST_LIMITS.nameMax),
        proof: optional(attachment),
        description: pipe(
          string('required'),
          trim(),
          check((s: string) => s !== '', 'required'),
          check((s: string) => chars(s) >= REQUEST_LIMITS.descriptionMin, 'too_short'),
          check((s: string) => chars(s) <= descriptionMax, 'too_long'),
        ),
        delivery: picklist(DELIVERY_METHODS, 'required'),
        format: optional(picklist(FILE_FORMATS, 'required')),
        declaration: literal(true, 'required'),
        institution: optionalText(300),
        lang: optional(pipe(string('invalid'), maxLength(35, 'invalid'))),
      },
      'required',
    ),
    forward(
      partialCheck(
        [['requesterType'], ['contactName']],
        (i) => i.requesterType !== 'organization' || i.contactName !== '',
        'required',
      ),
      ['contactName'],
    ),
    forward(
      partialCheck([['idType']], (i) => !requireId || i.idType !== undefined, 'required'),
      ['idType'],
    ),
    forward(
      partialCheck([['idNumber']], (i) => !requireId || i.idNumber !== '', 'required'),
      ['idNumber'],
    ),
    forward(
      partialCheck(
        [['idType'], ['idNumber']],
        (i) => !i.idType || !i.idNumber || checkId(i.idType, i.idNumber).valid,
        // The code names the document: `cedula`, `ruc` or `passport`.
        (issue) => String((issue.input as { idType?: IdType }).idType ?? 'invalid'),
      ),
      ['idNumber'],
    ),
    forward(
      partialCheck(
        [['requesterType'], ['onBehalf'], ['representedName']],
        (i) => i.requesterType !== 'person' || !i.onBehalf || i.representedName !== '',
        'required',
      ),
      ['representedName'],
    ),
    forward(
      partialCheck(
        [['requesterType'], ['onBehalf'], ['proof']],
        (i) => i.proof !== undefined || (i.requesterType === 'person' && !i.onBehalf),
        'required',
      ),
      ['proof'],
    ),
    forward(
      partialCheck(
        [['delivery'], ['format']],
        (i) => i.delivery !== 'email' || i.format !== undefined,
        'required',
      ),
      ['format'],
    ),
  ) satisfies GenericSchema<unknown, unknown>;
}

/** The request schema with the default options. */
export const infoRequestSchema = requestSchema();

function params(
  field: string,
  code: string,
  input: Record<string, unknown>,
  options: ValidationOptions,
  lang: string,
): Record<string, string | number> | undefined {
  if (code === 'too_long' && field === 'description') {
    const value = typeof input.description === 'string' ? input.description.trim() : '';
    return { count: chars(value), max: options.descriptionMax ?? REQUEST_LIMITS.descriptionMax };
  }
  if (code === 'too_long') {
    const max =
      field === 'address'
        ? REQUEST_LIMITS.addressMax
        : field === 'email'
          ? REQUEST_LIMITS.emailMax
          : REQUEST_LIMITS.nameMax;
    return { max };
  }
  if (code === 'too_short') return { min: REQUEST_LIMITS.descriptionMin };
  if (code === 'file_too_large') {
    const proof = input.proof as { size?: unknown } | undefined;
    const size = typeof proof?.size === 'number' ? proof.size : 0;
    return {
      size: formatBytes(size, lang),
      max: formatBytes(options.maxAttachmentBytes ?? REQUEST_LIMITS.attachmentMaxBytes, lang),
    };
  }
  return undefined;
}

/** The message of an error: field-specific (`request.error.email.email`) or general. */
export function errorMessageKey(field: string, code: string): string {
  const specific = `request.error.${field}.${code}`;
  if (hasMessage(specific)) return specific;
  const general = `request.error.${code}`;
  return hasMessage(general) ? general : 'request.error.invalid';
}

/** The result of {@link parseRequest}. */
export type ParseResult =
  | { success: true; output: InfoRequest; errors: [] }
  | { success: false; output: undefined; errors: FieldError[] };

/**
 * Validates and normalizes a request body. Errors come one per field, in form order, with
 * messages in `lang` (Spanish by default).
 */
export function parseRequest(
  data: unknown,
  lang = 'es',
  options: ValidationOptions = {},
): ParseResult {
  const result = safeParse(requestSchema(options), data);
  if (result.success) return { success: true, output: result.output as InfoRequest, errors: [] };
  const input = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const byField = new Map<string, FieldError>();
  for (const issue of result.issues) {
    const field = String(issue.path?.[0]?.key ?? '');
    if (byField.has(field)) continue;
    const code = field === '' ? 'invalid' : issue.message;
    const values = params(field, code, input, options, lang);
    byField.set(field, {
      field,
      code,
      message: formatMessage(lang, errorMessageKey(field, code), values),
      ...(values ? { params: values } : {}),
    });
  }
  const order = (field: string) => {
    const index = (REQUEST_FIELDS as readonly string[]).indexOf(field);
    return index === -1 ? REQUEST_FIELDS.length : index;
  };
  const errors = [...byField.values()].sort((a, b) => order(a.field) - order(b.field));
  return { success: false, output: undefined, errors };
}

/**
 * Validates a request body; returns `[]` when it is valid, else one error per field, in form
 * order, with messages in `lang`: the same `{ field, code, message }` items as the
 * contract's 422 response.
 */
export function validateRequest(
  data: unknown,
  lang = 'es',
  options: ValidationOptions = {},
): FieldError[] {
  return parseRequest(data, lang, options).errors;
}
