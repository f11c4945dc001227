# El primer inicio.

## Primer inicio
welcome-heading = Le damos la bienvenida a AnkleBack
welcome-intro = Esta aplicación muestra cómo un problema del tobillo puede causar dolor de espalda, y cómo un problema de la espalda se puede sentir en el tobillo, el talón o el tendón de Aquiles.
welcome-who = ¿Qué le describe mejor?
welcome-why = Lo usamos para elegir palabras sencillas o detalle clínico. Puede cambiarlo después en Ajustes.

## Quién usa AnkleBack (primer inicio, después de borrar un perfil)
chooser-heading = ¿Quién usa AnkleBack?
chooser-cannot-save = AnkleBack no puede guardar en esta carpeta: { $folder } ({ $problem }). Lo que escriba ahora solo se guarda hasta que cierre la aplicación. Para conservarlo, abra AnkleBack con --data-dir y una carpeta en la que pueda escribir, por ejemplo: ankleback --data-dir ~/AnkleBack-data
chooser-choose = Elija su perfil:
chooser-or-new = O empiece un perfil nuevo:
chooser-first = Cada persona tiene sus propios ajustes y su progreso en esta computadora. Escriba su nombre o un apodo para empezar.
chooser-name-hint = Su nombre o un apodo
chooser-name = Su nombre
chooser-start = Empezar
chooser-import = O traiga su perfil de otra computadora (un archivo hecho con «Exportar este perfil»):
chooser-import-hint = /media/usb/AnkleBack-Ana-2026-12-01.ron
chooser-file = Archivo para importar
chooser-import-button = Importar perfil
chooser-name-taken = Ya hay un perfil con este nombre:

## El PIN de un perfil
pin-heading = PIN de { $name }
pin-this-profile = este perfil
pin-intro = Este perfil tiene un PIN. Escríbalo para abrir el perfil.
pin-field = PIN
pin-open = Abrir el perfil
pin-cancel = Cancelar

## Cerrar con cambios que no se pudieron guardar
close-heading = Sus cambios no están guardados
close-intro = AnkleBack no pudo guardar { $files }. Si cierra ahora, esos cambios se pierden.
close-retry = Intentar de nuevo
close-folder-hint = /media/usb
close-folder = Carpeta para una copia
close-save-copy = Guardar una copia ahí y salir
close-quit = Salir de todos modos
close-keep-open = No cerrar la aplicación
