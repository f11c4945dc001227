# La pantalla de Ajustes.

## Ajustes
settings-heading = Ajustes
settings-intro = Los cambios se aplican al momento y se guardan en esta computadora.
settings-language = Idioma
settings-who = Quién usa la aplicación
settings-level = Nivel de lectura
settings-text-size = Tamaño del texto
settings-theme = Tema
settings-motion = Movimiento
settings-reduce-motion = Reducir el movimiento
settings-words-a-minute = { " " }palabras por minuto
settings-reading-speed = Velocidad de la lectura en voz alta
settings-emergency = Número de emergencias
settings-emergency-hint = p. ej., 112
settings-emergency-help = Aparece en cada consejo urgente. Déjelo vacío para mostrar «su número local de emergencias (por ejemplo, 112, 911 o 999)». Una clínica lo configura una vez.
settings-clinic = Nombre de la clínica
settings-clinic-hint = p. ej., Clínica San Roque
settings-clinic-help = Se imprime bajo el título de cada hoja informativa.
settings-paper = Papel de las hojas informativas
settings-paper-help = Elegido según el idioma y el país de esta computadora.
settings-percent = { " " }%

## Perfiles
profiles-heading = Perfiles
profiles-intro = En una computadora compartida, cada persona puede tener su propio perfil. Cada perfil guarda sus propios ajustes y su progreso.
profiles-in-use-group = Perfil en uso
profiles-in-use = (en uso)
profiles-name-hint = Nombre
profiles-new-name = Nombre del perfil nuevo
profiles-add = Añadir perfil
profiles-rename-hint = Nombre nuevo
profiles-rename-field = Cambiar el nombre del perfil
profiles-rename = Cambiar el nombre
profiles-export-folder = Carpeta a la que exportar
profiles-choose-folder = Elegir una carpeta…
profiles-export = Exportar este perfil
profiles-export-help = El archivo lleva el nombre de la persona y la fecha de hoy. Deje la carpeta vacía para usar la carpeta de exportaciones dentro de la carpeta de datos.
profiles-pin-hint = 4 cifras o más
profiles-new-pin = PIN nuevo
profiles-set-pin = Establecer un PIN
profiles-remove-pin = Quitar el PIN
profiles-pin-help = Con un PIN, nadie puede cambiar a este perfil sin él. Solo se guarda una forma codificada del PIN.
profiles-erase = Borrar mis datos…
profiles-import-hint = /media/usb/AnkleBack-Ana-2026-12-01.ron
profiles-import-file = Archivo para importar
profiles-choose-file = Elegir un archivo…
profiles-reading-file = Leyendo el archivo…
profiles-import = Importar perfil
profiles-import-conflict = Ya hay un perfil llamado «{ $name }». ¿Quiere reemplazarlo o importarlo como un perfil nuevo?
import-replace = Reemplazarlo
import-as-new = Importar como perfil nuevo
import-cancel = Cancelar

## Borrar un perfil
erase-heading = ¿Borrar este perfil?
erase-this-profile = este perfil
erase-what = Los ajustes, el diario, el plan y las autoevaluaciones del perfil «{ $name }» se borrarán de esta computadora. No se puede deshacer.
erase-exports = Los archivos exportados antes no se borran: siguen donde se guardaron (por defecto, en la carpeta de exportaciones dentro de la carpeta de datos). Bórrelos usted si también deben desaparecer.
erase-yes = Sí, borrar todo
erase-keep = Conservar mis datos

## Información
about-heading = Información
about-version = AnkleBack { $version }
about-what = AnkleBack explica, con palabras sencillas o con detalle clínico, cómo un problema del tobillo puede causar dolor de espalda y cómo un problema de la espalda se puede sentir en el tobillo, el talón o el tendón de Aquiles. Funciona sin conexión: nunca se conecta a internet.
about-authors-heading = Quién escribió el contenido, y cómo
about-authors = El equipo del proyecto AnkleBack escribió los artículos, el plan de recuperación y los textos de la autoevaluación, con herramientas de escritura con IA, a partir de cinco páginas web públicas y de guías publicadas (guías y resúmenes de NICE, el marco de señales de alarma de IFOMPT, la guía de JOSPT sobre el tendón de Aquiles y las investigaciones de la lista de abajo). Los miembros del equipo son ingenieros de software y de contenidos, no profesionales sanitarios. Los datos y las cifras se comprobaron con el resumen publicado o con la página de la guía; cuando no fue posible, la fuente lo dice, y las cifras que no se pudieron comprobar se dejaron fuera.
about-review-heading = Estado de la revisión
about-review = Aún no lo ha revisado un profesional sanitario. Una revisión externa de una versión anterior encontró errores que se han corregido, pero ningún profesional sanitario ha aprobado todavía el texto actual.
about-funding-heading = Financiación y publicidad
about-funding = Ninguna. La aplicación no tiene patrocinador, no muestra publicidad y no vende nada.
about-privacy-heading = Privacidad
about-privacy = Nada de lo que escriba sale de esta computadora: la aplicación nunca se conecta a internet, y su diario, su plan y sus respuestas de la autoevaluación se guardan solo en la carpeta que aparece abajo.
about-sources-heading = Fuentes
about-sources = Cada explicación dice de qué fuente viene. Los artículos están escritos con nuestras propias palabras a partir de:
about-source = { $title } ({ $publisher }, { $year }). { $evidence }.
about-data-heading = Dónde se guardan sus datos
about-data-folder = { $folder } ({ $reason })
about-data-help = Nada sale de esta computadora. Para usar otra carpeta, abra la aplicación con --data-dir CARPETA.
about-data-CommandLine = elegida con --data-dir
about-data-Portable = modo portátil: la carpeta ankleback-data junto a la aplicación
about-data-System = la carpeta habitual de esta computadora para los datos de aplicaciones
