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
