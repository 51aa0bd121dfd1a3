# Copies the map page and the front-end libraries it uses (from the npm packages setup installs)
# into the build's web/ directory, which `sitrep serve` serves: nothing is fetched at run time.
#   cmake -DSOURCE=<source dir> -DDEST=<build>/web -P copy_web.cmake
set(npm ${SOURCE}/node_modules)
file(MAKE_DIRECTORY ${DEST})
file(GLOB page ${SOURCE}/web/*)
file(COPY ${page} DESTINATION ${DEST})
set(vendor
  "leaflet|${npm}/leaflet/dist/leaflet.js|${npm}/leaflet/dist/leaflet.css|${npm}/leaflet/dist/images"
  "leaflet.markercluster|${npm}/leaflet.markercluster/dist/leaflet.markercluster.js|${npm}/leaflet.markercluster/dist/MarkerCluster.css|${npm}/leaflet.markercluster/dist/MarkerCluster.Default.css"
  "topojson-client|${npm}/topojson-client/dist/topojson-client.min.js"
  "world-atlas|${npm}/world-atlas/countries-110m.json")
foreach(entry ${vendor})
  string(REPLACE "|" ";" parts "${entry}")
  list(GET parts 0 name)
  list(SUBLIST parts 1 -1 files)
  foreach(f ${files})
    if(NOT EXISTS ${f})
      message(WARNING "${f} is missing (run scripts/setup.sh, which runs npm ci): the map page will lack it")
    endif()
  endforeach()
  file(COPY ${files} DESTINATION ${DEST}/vendor/${name})
endforeach()
