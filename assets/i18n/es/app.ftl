# Palabras comunes a todas las pantallas: navegación, opciones, cantidades. Español neutro,
# de usted. Cada archivo tiene los mismos mensajes que su par en en/ (lo comprueban las pruebas).

## Navegación (también las etiquetas accesibles)
nav-BodyMap = Mapa del cuerpo
nav-Learn = Aprender
nav-SelfCheck = Autoevaluación
nav-Progress = Mi progreso
nav-Settings = Ajustes e información
nav-settings = { nav-Settings }

## Opciones
role-HavePain = Tengo dolor
role-Carer = Cuido a otra persona
role-Clinician = Soy profesional sanitario
level-Patient = Palabras sencillas
level-Clinician = Detalle clínico
theme-Light = Claro
theme-Dark = Oscuro
theme-HighContrast = Alto contraste

## Cantidades (reglas de plural)
checks-saved = { $count ->
    [one] { $count } autoevaluación guardada
   *[other] { $count } autoevaluaciones guardadas
}
unit-Kilometres = km
unit-Miles = millas
paper-A4 = A4
paper-Letter = Carta (EE. UU.)
evidence-ResearchStudy = Estudio de investigación
evidence-Guideline = Guía clínica
evidence-ClinicianAdvice = Consejo de un profesional sanitario
evidence-ClinicAdvice = Consejo de una clínica
evidence-HealthWebsite = Sitio web general de salud, sin autor identificado
evidence-AiSummary = Resumen escrito por IA, pendiente de revisión humana
evidence-PublicHealthAdvice = Consejos de un servicio público de salud para pacientes

## La barra de herramientas y la ventana
toolbar-places = Secciones
toolbar-back = Atrás
toolbar-back-key = Alt+Flecha izquierda
toolbar-shortcut = Ctrl+{ $digit }
toolbar-profile = Perfil: { $name }
toolbar-read-only = Solo lectura
toolbar-main = Pantalla: { $screen }
window-consult = Modo consulta
window-title = AnkleBack — { $screen }
window-title-person = AnkleBack — { $screen } — { $name }
banner-dismiss = Cerrar aviso

## El aviso de uso educativo (donde se muestra un resultado o un artículo)
notice-title = Para aprender, no es un diagnóstico
notice-body = AnkleBack explica lo que dicen artículos y guías publicados. No le da un diagnóstico ni sustituye a un médico, una enfermera o un fisioterapeuta. Las señales de alarma necesitan atención: si una de ellas le ocurre, busque ayuda como le indica la aplicación, lea lo que lea aquí. Cada explicación muestra de qué fuente viene.

## El cambio de «Palabras:» de una pantalla
words-for-this-screen = (solo en esta pantalla; el ajuste sigue en { $level })
