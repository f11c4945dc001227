# Las pantallas de la autoevaluación: el inicio y las autoevaluaciones guardadas, las
# preguntas, el resultado. Las preguntas, respuestas, resultados y señales de alarma son
# contenido (content/i18n/es/), no están aquí.

## Lo que aconsejan las guías (Urgency::message_id, Urgency::short_message_id); también en
## Mi progreso
urgency-Emergency = Lo que aconsejan las guías para respuestas como estas: busque atención de urgencia ahora
urgency-SameDay = Lo que aconsejan las guías para respuestas como estas: vea hoy mismo a un profesional de la salud
urgency-Appointment = Lo que aconsejan las guías para respuestas como estas: pida cita
urgency-SelfCare = Lo que aconsejan las guías para respuestas como estas: cuídese en casa y vigile las señales de alarma de abajo
urgency-short-Emergency = atención de urgencia ahora
urgency-short-SameDay = ver hoy mismo a un profesional de la salud
urgency-short-Appointment = pedir cita
urgency-short-SelfCare = cuidarse en casa y vigilar las señales de alarma

## Inicio y autoevaluaciones guardadas
selfcheck-not-loaded = No se pudo cargar la autoevaluación.
selfcheck-words = Palabras en esta pantalla:
selfcheck-from-body-map = Viene del mapa del cuerpo. «{ $answer }» aparecerá marcado para que usted lo confirme.
selfcheck-start = Empezar la autoevaluación
selfcheck-earlier = Sus autoevaluaciones anteriores
selfcheck-view = Ver
selfcheck-delete = Borrar
selfcheck-delete-confirm = ¿Borrar esta autoevaluación para siempre?
selfcheck-delete-yes = Sí, borrarla
selfcheck-delete-no = No, guardarla
# Una autoevaluación guardada: «2026-03-01: pedir cita. Dolor de talón que puede venir de la espalda»
selfcheck-record-line = { $date }: { $urgency }. { $title }
selfcheck-record-warning-sign = Señal de alarma: { $sign }
selfcheck-back-to-start = Volver a la autoevaluación
selfcheck-viewing-date = Autoevaluación del { $date }

## Preguntas
selfcheck-part-warning = Señales de alarma, pantalla { $index } de { $total }
selfcheck-part-pain = Sobre su dolor, pantalla { $index } de { $total }
# Lo que lee «Leer en voz alta» aquí
selfcheck-read-screen = las preguntas de esta pantalla
selfcheck-not-sure-help = Responda cada pregunta. Si no puede saberlo, elija «No lo sé»: en las señales de alarma cuenta igual que «Sí», para protegerle.
# El nombre de las respuestas de una pregunta, para lectores de pantalla
selfcheck-answers-group = Respuestas: { $question }
# El nombre accesible de una respuesta: «No: ¿Tiene adormecimiento…?»
selfcheck-answer-name = { $answer }: { $question }
selfcheck-none-of-these = Ninguna de estas
selfcheck-pain-scale-help = 0 es nada de dolor, 10 el peor dolor que pueda imaginar.
selfcheck-pain-score = Dolor { $score } de 10
selfcheck-next = Siguiente
selfcheck-next-disabled = Primero responda todas las preguntas de esta pantalla.
selfcheck-answered = { $answered } de { $total } respondidas
selfcheck-previous = Pantalla anterior
selfcheck-restart = Parar y empezar de nuevo
selfcheck-restart-confirm = ¿Borrar sus respuestas y empezar de nuevo?
selfcheck-restart-yes = Sí, empezar de nuevo
selfcheck-restart-no = No, guardar mis respuestas

## Resultado
selfcheck-saving = Guardando el resultado…
# El nombre accesible del recuadro urgente: lo que aconsejan las guías y qué hacer
selfcheck-banner-name = { $urgency }. { $action }
selfcheck-result = Resultado
selfcheck-result-missing = Este resultado ({ $outcome }) no está en el contenido actual.
selfcheck-start-new = Empezar una autoevaluación nueva
selfcheck-handout = Crear una hoja informativa de este resultado (PDF)
selfcheck-read-result = este resultado
selfcheck-show-on-body-map = Ver en el mapa del cuerpo
selfcheck-signs-heading = Sus respuestas incluyen estas señales de alarma
selfcheck-sign-not-diagnosis = Una señal de alarma no es un diagnóstico. Quiere decir que las guías aconsejan que un profesional de la salud la revise, tan pronto como dice el recuadro de arriba.
selfcheck-sources = Fuentes: { $sources }
selfcheck-floors-heading = Por qué el consejo es al menos pedir cita, sea cual sea el patrón
selfcheck-floors-list = Sus respuestas
selfcheck-you-answered = Usted respondió: { $answer }
selfcheck-helps-heading = Lo que suele ayudar, según las fuentes
selfcheck-helps-list = Lo que suele ayudar
selfcheck-care-heading = Cuándo pedir atención
selfcheck-care-list = Motivos para pedir atención
selfcheck-read-more = Para leer más
selfcheck-compared-heading = Comparado con su última autoevaluación
selfcheck-compared-line = El { $date }: { $urgency }. { $title }
selfcheck-compared-more = El consejo es más urgente ahora que la última vez.
selfcheck-compared-less = El consejo es menos urgente ahora que la última vez.
selfcheck-compared-same = El consejo es igual de urgente que la última vez.
