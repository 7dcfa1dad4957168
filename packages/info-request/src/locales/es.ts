import type { Message } from '@minga/core';

/**
 * Messages of @minga/info-request in Spanish (the source of truth): plain language, short
 * sentences, the citizen's words. Error messages are keyed `request.error.{field}.{code}`,
 * with `request.error.{code}` as the fallback.
 */
export const es = {
  'request.title': 'Pedir información pública',
  'request.intro':
    'Tiene derecho a pedir información pública a {institution}. Es gratis y no tiene que decir para qué la quiere.',
  'request.introDeadline':
    'La institución debe responderle en {days} días. Si lo justifica, puede extender el plazo una vez, {extensionDays} días más.',
  'request.institutionFallback': 'esta institución',
  'request.requiredNote': 'Todos los datos son obligatorios, salvo los que dicen «opcional».',
  'request.preview.banner':
    'Vista previa: este formulario no envía nada. Sirve para probarlo y para mostrarlo.',
  'request.preview.receipt':
    'Este es un comprobante de ejemplo: la solicitud no se envió a ninguna parte.',
  'request.preview.code': 'EJEMPLO',
  'request.draft.restored': 'Recuperamos lo que escribió el {date}.',
  'request.draft.reattach':
    'Vuelva a adjuntar el archivo «{name}»: los archivos no se guardan en el borrador.',
  'request.draft.discard': 'Descartar borrador',
  'request.draft.discarded': 'Borramos el borrador. El formulario está vacío.',

  'request.who.legend': 'Quién pide la información',
  'request.requesterType.legend': 'Pide como',
  'request.requesterType.person': 'Persona natural',
  'request.requesterType.organization': 'Organización (empresa, asociación, colectivo)',
  'request.name.label': 'Nombre completo',
  'request.name.labelOrganization': 'Nombre de la organización',
  'request.contactName.label': 'Su nombre completo',
  'request.contactName.hint': 'La persona que hace la solicitud en nombre de la organización.',
  'request.idType.legend': 'Documento de identidad',
  'request.idType.cedula': 'Cédula',
  'request.idType.ruc': 'RUC',
  'request.idType.passport': 'Pasaporte',
  'request.idNumber.label': 'Número del documento',
  'request.idNumber.hint.cedula': '10 dígitos, sin guiones. Por ejemplo: 1714307103.',
  'request.idNumber.hint.ruc': '13 dígitos. Por ejemplo: 1792060346001.',
  'request.idNumber.hint.passport': 'Letras y números, como aparecen en el pasaporte.',
  'request.email.label': 'Correo electrónico',
  'request.email.hint': 'La institución le enviará aquí la respuesta.',
  'request.phone.label': 'Teléfono',
  'request.phone.hint': 'Por si necesitan aclarar algo con usted.',
  'request.address.label': 'Dirección',
  'request.onBehalf.label': 'Pido la información en nombre de otra persona u organización',
  'request.representedName.label': 'Nombre de la persona u organización que representa',
  'request.proof.label': 'Documento que prueba que puede representarla',
  'request.proof.labelOrganization': 'Documento que prueba que puede actuar por la organización',
  'request.proof.hint':
    'Poder, nombramiento o autorización firmada. Un archivo PDF, JPG o PNG de hasta {max}.',
  'request.proof.attached': 'Archivo adjunto: {name} ({size})',
  'request.proof.remove': 'Quitar el archivo',
  'request.proof.reading': 'Leyendo el archivo…',
  'request.optional': '(opcional)',

  'request.what.legend': 'Qué información necesita',
  'request.description.label': 'Describa la información que pide',
  'request.description.hint':
    'Sea lo más preciso que pueda: qué documento o qué datos, de qué tema y de qué fechas. No tiene que decir para qué la quiere.',
  'request.description.examples': 'Ver ejemplos',
  'request.description.example1':
    'Los contratos de recolección de basura firmados en 2025, con sus montos.',
  'request.description.example2':
    'El presupuesto de obras públicas del barrio La Floresta para 2026 y cuánto se ha gastado hasta hoy.',
  'request.description.example3':
    'Las actas de las sesiones del Concejo Municipal de enero a marzo de 2026.',
  'request.description.count': '{count} de {max} caracteres',
  'request.description.over': {
    one: 'Tiene {count} carácter de más',
    other: 'Tiene {count} caracteres de más',
  },

  'request.how.legend': 'Cómo quiere recibirla',
  'request.delivery.legend': 'Forma de entrega',
  'request.delivery.email': 'Por correo electrónico, en archivos digitales',
  'request.delivery.pickup': 'Retiro en persona de copias en papel, en la institución',
  'request.format.label': 'Formato de archivo que prefiere',
  'request.format.hint':
    'Si la institución tiene la información en otro formato, se la enviará así.',
  'request.format.any': 'Como la tenga la institución',
  'request.format.csv': 'CSV (datos abiertos, para hojas de cálculo)',
  'request.format.xlsx': 'Excel (XLSX)',
  'request.format.pdf': 'PDF',
  'request.format.docx': 'Documento de texto (DOCX)',

  'request.declaration.legend': 'Declaración y datos personales',
  'request.privacy':
    'Usamos sus datos personales (nombre, documento, correo, teléfono y dirección) solo para atender esta solicitud y responderle, como manda la Ley Orgánica de Protección de Datos Personales. No se publican.',
  'request.privacy.draft':
    'Mientras escribe, el formulario guarda un borrador solo en este dispositivo. Se borra cuando la institución confirma que recibió su solicitud.',
  'request.declaration.label': 'Declaro que los datos que escribí son verdaderos.',

  'request.continue': 'Continuar',
  'request.errorSummary.title': 'Hay un problema',
  'request.errorPrefix': 'Error:',

  'request.review.title': 'Revise sus respuestas antes de enviar',
  'request.review.change': 'Cambiar',
  'request.review.notGiven': 'No indicó',
  'request.review.id': 'Documento',
  'request.review.onBehalf': 'En nombre de',
  'request.review.proof': 'Documento de representación',
  'request.review.declaration': 'Declaró que sus datos son verdaderos.',
  'request.send': 'Enviar solicitud',
  'request.back': 'Volver al formulario',
  'request.sending': 'Enviando su solicitud…',

  'request.failure.title': 'Su solicitud todavía no se envió',
  'request.failure.network':
    'No pudimos conectarnos con el servidor de la institución. Puede ser su conexión a internet o el servidor.',
  'request.failure.timeout': 'El servidor de la institución tardó demasiado en responder.',
  'request.failure.rateLimited':
    'Ahora mismo el servidor de la institución recibe demasiadas solicitudes.',
  'request.failure.server': 'El servidor de la institución tuvo un problema (error {status}).',
  'request.failure.badResponse':
    'El servidor respondió algo que no esperábamos. Puede ser un problema de configuración del sitio.',
  'request.failure.cancelled': 'La página detuvo el envío.',
  'request.failure.kept': 'Lo que escribió sigue guardado en este dispositivo: no lo perderá.',
  'request.failure.keptNoDraft': 'Lo que escribió sigue aquí mientras no cierre esta página.',
  'request.failure.autoRetry': {
    one: 'Lo intentaremos otra vez en {count} segundo.',
    other: 'Lo intentaremos otra vez en {count} segundos.',
  },
  'request.failure.whenOnline': 'Lo intentaremos otra vez apenas vuelva la conexión.',
  'request.failure.noDuplicate':
    'Si intenta varias veces, la institución recibe una sola solicitud.',
  'request.failure.retry': 'Intentar de nuevo',
  'request.failure.changedTitle': 'Un envío anterior pudo haber llegado',
  'request.failure.changed':
    'Intentamos enviar su solicitud antes de que usted cambiara el formulario, y no supimos si llegó. La institución pudo haber recibido esa versión.',
  'request.failure.changedNext':
    'Si envía esta versión, la institución la recibirá como una solicitud nueva, además de la anterior si llegó.',
  'request.failure.sendAsNew': 'Enviar como solicitud nueva',
  'request.failure.invalid':
    'El servidor encontró datos por corregir. Los marcamos en el formulario.',

  'request.receipt.title': 'Recibimos su solicitud',
  'request.receipt.code': 'Código de su solicitud',
  'request.receipt.accessKey': 'Clave de acceso',
  'request.receipt.accessKeyHint':
    'Con el código y esta clave, o con su correo, puede ver cómo va su solicitud. Guárdela.',
  'request.receipt.received': 'Recibida',
  'request.receipt.due': 'Plazo para responder',
  'request.receipt.extended': 'Si la institución extiende el plazo',
  'request.receipt.until': 'hasta el {date}',
  'request.receipt.next.title': 'Qué pasa ahora',
  'request.receipt.next.1': '{institution} revisa su pedido y le responde por el medio que eligió.',
  'request.receipt.next.2':
    'Si necesita más tiempo, debe decirle por qué. El plazo se puede extender una sola vez.',
  'request.receipt.next.3':
    'Si no le responden a tiempo, o no le dan la información, puede pedir ayuda a la Defensoría del Pueblo.',
  'request.receipt.rights':
    'La información pública es suya: puede buscarla, pedirla, recibirla, copiarla, analizarla, reutilizarla y compartirla.',
  'request.receipt.status': 'Ver el estado de su solicitud',
  'request.receipt.portal': 'Portal Nacional de Transparencia (Defensoría del Pueblo)',
  'request.receipt.print': 'Imprimir',
  'request.receipt.download': 'Descargar comprobante',
  'request.receipt.new': 'Hacer otra solicitud',
  'request.receipt.fileName': 'comprobante-solicitud-{code}.txt',

  'request.error.required': 'Complete este dato.',
  'request.error.invalid': 'Revise este dato.',
  'request.error.too_long': 'Escriba como máximo {max} caracteres.',
  'request.error.requesterType.required': 'Elija si pide como persona natural o como organización.',
  'request.error.name.required': 'Escriba su nombre completo.',
  'request.error.name.too_long': 'El nombre puede tener hasta {max} caracteres.',
  'request.error.contactName.required':
    'Escriba el nombre de la persona que hace la solicitud por la organización.',
  'request.error.idType.required': 'Elija el tipo de documento.',
  'request.error.idNumber.required': 'Escriba el número de su documento.',
  'request.error.idNumber.cedula': 'Ese número de cédula no es válido. Revise los 10 dígitos.',
  'request.error.idNumber.ruc': 'Ese número de RUC no es válido. Revise los 13 dígitos.',
  'request.error.idNumber.passport':
    'El número de pasaporte debe tener entre 5 y 20 letras o números.',
  'request.error.email.required': 'Escriba su correo electrónico.',
  'request.error.email.email': 'Escriba un correo completo, por ejemplo nombre@ejemplo.com.',
  'request.error.phone.phone': 'Escriba un teléfono de 7 a 15 dígitos, por ejemplo 0991234567.',
  'request.error.representedName.required':
    'Escriba el nombre de la persona u organización que representa.',
  'request.error.proof.required': 'Adjunte el documento que prueba que puede representarla.',
  'request.error.proof.file_type': 'El archivo debe ser PDF, JPG o PNG.',
  'request.error.proof.file_too_large': 'El archivo pesa {size}. El máximo es {max}.',
  'request.error.description.required': 'Describa la información que necesita.',
  'request.error.description.too_short':
    'Describa la información con al menos {min} caracteres, para que sepan qué buscar.',
  'request.error.description.too_long':
    'La descripción tiene {count} caracteres y el máximo es {max}. Acórtela o haga dos solicitudes.',
  'request.error.delivery.required': 'Elija cómo quiere recibir la información.',
  'request.error.format.required': 'Elija un formato de archivo.',
  'request.error.declaration.required': 'Marque la declaración para poder enviar su solicitud.',

  'status.title': 'Consultar una solicitud',
  'status.intro':
    'Escriba el código de su comprobante y su correo, o la clave de acceso, para ver cómo va.',
  'status.code.label': 'Código de la solicitud',
  'status.code.hint': 'Está en su comprobante. Por ejemplo: SAIP-2026-000123.',
  'status.secret.label': 'Correo electrónico o clave de acceso',
  'status.secret.hint':
    'El correo con el que hizo la solicitud, o la clave de acceso de su comprobante.',
  'status.submit': 'Consultar',
  'status.loading': 'Buscando su solicitud…',
  'status.error.code.required': 'Escriba el código de la solicitud.',
  'status.error.secret.required': 'Escriba su correo o la clave de acceso.',
  'status.notFound':
    'No encontramos una solicitud con ese código y ese correo o clave. Revise los datos de su comprobante.',
  'status.result': 'Solicitud {code}',
  'status.current': 'Estado',
  'status.due': 'Plazo para responder',
  'status.extendedDue': 'Plazo extendido',
  'status.overdue': 'Atrasada: el plazo terminó el {date} y la institución todavía no responde.',
  'status.onTime': 'Dentro del plazo',
  'status.history': 'Historial',
  'status.note': 'Motivo: {note}',
  'status.answer': 'Ver la respuesta',
  'status.label.received': 'Recibida',
  'status.label.in_progress': 'En espera de respuesta',
  'status.label.extended': 'Plazo extendido',
  'status.label.answered': 'Respondida: información entregada',
  'status.label.partially_answered': 'Respondida en parte',
  'status.label.not_held': 'La institución no tiene esa información',
  'status.label.refused': 'Negada',
  'status.label.withdrawn': 'Retirada por quien la pidió',
} as const;

/** The message keys of @minga/info-request, for typed catalogs. */
export type InfoRequestMessages = { [K in keyof typeof es]: Message };
