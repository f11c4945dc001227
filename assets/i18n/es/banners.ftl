# Avisos en la parte de arriba de la ventana, y los motivos que muestran los botones que no pueden guardar.

## Solo lectura y guardado
read-only-why = Solo lectura: AnkleBack está abierto con este perfil en otra ventana, así que aquí no se puede guardar nada. Cierre la otra copia y vuelva a abrir esta.
read-only-banner = Solo lectura: AnkleBack ya está abierto con este perfil en otra ventana o en otra computadora que comparte esta carpeta. Para que ninguna copia pierda los cambios de la otra, nada de lo que cambie aquí se guarda. Cierre la otra copia y vuelva a abrir esta para hacer cambios.
read-only-list = Esta copia de AnkleBack se abrió en solo lectura, así que no cambia la lista de perfiles. Cierre la otra copia y vuelva a abrir esta.
folder-not-writable = No se puede escribir en esta carpeta de datos ({ $problem }): { $folder }. La aplicación sigue funcionando y guarda sus cambios en la memoria; los guardará en cuanto pueda.
save-failed = No se pudieron guardar sus cambios ({ $problems }). La aplicación sigue funcionando y conserva sus cambios; los guardará en cuanto pueda.
save-blocked = { $file } se deja como estaba, porque no se pudo leer
saved-now = Sus cambios ya están guardados.
close-still-unsaved = Todavía no se ha guardado. Inténtelo de nuevo después de arreglar la carpeta, o guarde una copia en otro sitio.
close-copy-failed = No se pudo guardar una copia ahí ({ $problem })

## Archivos guardados que no se pudieron leer (cada problema es un motivo y luego lo que se hizo)
store-unreadable = No se pudo leer su archivo guardado { $file } ({ $why }).
store-not-text = Su archivo guardado { $file } no es un archivo de texto (línea { $line }, columna { $col }).
store-broken = No se pudo leer su archivo guardado { $file } (línea { $line }, columna { $col }).
store-not-understood = No se pudo entender su archivo guardado { $file } (línea { $line }, columna { $col }).
store-not-carried-over = No se pudo poner al día su archivo guardado { $file } ({ $detail }).
store-kept-aside = Se guardó aparte como { $kept } y la aplicación empezó con los valores de inicio.
store-left-in-place = No se pudo apartar ({ $why }). Se deja sin tocar, y no se guarda nada encima hasta que la aplicación se vuelva a abrir: { $path }
store-newer = { $file } se guardó con una versión más nueva de AnkleBack (formato { $version }; esta lee el formato { $reads }).
store-newer-kept = El original se guarda como { $kept }; esta copia usa lo que entiende.
store-newer-left = No se pudo apartar ({ $why }). Para protegerlo, sus cambios en él no se guardan: { $path }
save-write-failed = no se pudo guardar { $file }: { $why }
profiles-dropped = { $count ->
    [one] profiles.ron nombraba 1 perfil de una forma que esta aplicación no usa ({ $ids }); se dejó fuera de la lista. No se tocó ningún archivo fuera de la carpeta de datos.
   *[other] profiles.ron nombraba { $count } perfiles de una forma que esta aplicación no usa ({ $ids }); se dejaron fuera de la lista. No se tocó ningún archivo fuera de la carpeta de datos.
}
profiles-rebuilt = { $count ->
    [one] La lista de perfiles se rehízo a partir de la carpeta de perfil encontrada, así que no se oculta lo de nadie.
   *[other] La lista de perfiles se rehízo a partir de las { $count } carpetas de perfil encontradas, así que no se oculta lo de nadie.
}
profiles-added-back = { $count ->
    [one] Faltaba 1 carpeta de perfil en profiles.ron y se volvió a añadir a la lista.
   *[other] Faltaban { $count } carpetas de perfil en profiles.ron y se volvieron a añadir a la lista.
}

## Por qué falló una operación con archivos
io-disk-full = el disco está lleno
io-no-permission = no hay permiso
io-read-only = el disco o la carpeta es de solo lectura
io-not-found = no está ahí
io-other = { $text }

## Inicio
body-not-loaded = No se pudo cargar el dibujo del cuerpo ({ $problem }).
content-folder-problems = { $count ->
    [one] La carpeta de contenido { $folder } tiene 1 problema, así que se usa el contenido incluido. Ejecute `ankleback check-content { $folder }` para ver los detalles:
   *[other] La carpeta de contenido { $folder } tiene { $count } problemas, así que se usa el contenido incluido. Ejecute `ankleback check-content { $folder }` para ver los detalles. Los primeros:
}

## Perfiles
profile-stays = Aún no se pudieron guardar sus cambios en este perfil, así que la aplicación se queda en él. Inténtelo de nuevo en un momento, o exporte el perfil para guardar una copia.
profile-cannot-open = No se puede abrir este perfil ({ $problem }).
profile-cannot-erase = No se puede borrar este perfil ahora (otra copia de la aplicación lo tiene abierto).
profile-erased = Se borraron el perfil y todos sus datos de esta computadora. Las copias que exportó antes no se tocaron.
profile-erase-failed = No se pudo borrar este perfil ({ $problem }).
pin-wrong = Ese PIN no es correcto. Inténtelo de nuevo.
pin-not-set = No se puso el PIN: { $problem }.
pin-too-short = un PIN tiene al menos { $digits } cifras
pin-removed = Este perfil ya no tiene PIN.
pin-set = PIN puesto. Se pedirá cuando alguien cambie a este perfil.

## Exportar e importar
exported = Exportado a { $file }. Copie este archivo a la otra computadora e impórtelo allí.
export-failed = No se pudo exportar ({ $problem })
export-no-profile = no hay ningún perfil abierto
export-not-folder = esto no es una carpeta: { $folder }
import-not-started = No se pudo empezar la importación ({ $problem }).
import-failed = No se pudo importar. { $problem }.
import-pin-guarded = Ese perfil tiene un PIN. Ábralo primero (con su PIN) e importe allí, o impórtelo como un perfil nuevo.
imported = Se importó el perfil «{ $name }».
import-write-failed = No se pudo importar ({ $problem }).
import-not-found = No hay ningún archivo ahí: { $file }
import-no-permission = No se puede abrir este archivo (no hay permiso): { $file }
import-not-text = Este archivo no es una exportación de AnkleBack ({ $problem }): { $file }
import-unreadable = { $problem }: { $file }
import-damaged = Este archivo no es una exportación de AnkleBack, o está dañado (línea { $line }, columna { $col }: { $problem }): { $file }
import-newer = Este archivo lo hizo una versión más nueva de AnkleBack (formato de exportación { $version }). Actualice la aplicación para importarlo: { $file }
import-no-name = El perfil de este archivo no tiene nombre: { $file }
import-stopped = La importación se detuvo de forma inesperada
